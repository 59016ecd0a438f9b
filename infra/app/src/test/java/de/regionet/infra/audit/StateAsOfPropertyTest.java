package de.regionet.infra.audit;

import de.regionet.kernel.NetworkTime;
import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.auditlog.AuditLogId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Property style, for every aggregate type the application runs: random command histories are generated through the
 * HTTP API (snapshots are taken every 3 events here, which the audit must never read). Afterwards, the audit API's
 * state as known at exactly an event's time, and at any time between two events, must equal its state at that
 * event's version, built from the events up to it; before the first event nothing was recorded. And the state as
 * recorded now is what the read side answers for the aggregate (every field the audit's view has), so the audit's
 * fold and the projections tell the same story.
 *
 * <p>Every aggregate type needs a {@link HistoryGenerator}: a type without one fails
 * {@link #every_aggregate_type_has_a_history_generator()}. Run with {@code -Dseed=N} to repeat a failed run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=stateasof",
                "regionet.eventstore.snapshot-threshold=3"})
class StateAsOfPropertyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = Long.getLong("seed", System.nanoTime());
    private static final AtomicInteger REGION_KEYS = new AtomicInteger(98000);

    @LocalServerPort
    int port;

    /** Makes random histories of one aggregate type through the HTTP API, refused commands included. */
    interface HistoryGenerator {

        /** Creates an aggregate (or picks the one a history continues) and answers its id. */
        String begin(Random random);

        /** Sends one more random command to it; it may be refused, which must change nothing. */
        void step(Random random, String id);

        default int histories() {
            return 6;
        }
    }

    private Map<String, HistoryGenerator> generators() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        var funding = new FundingHistories(office);
        return Map.ofEntries(
                Map.entry("region", new RegionHistories(office)),
                Map.entry("working-group", new WorkingGroupHistories(office, new ConcurrentHashMap<>())),
                Map.entry("cooperation-agreement", new AgreementHistories(office)),
                Map.entry("cooperation-body", new CooperationBodyHistories(office, new ConcurrentHashMap<>())),
                Map.entry("news-article", new NewsHistories(office, new ConcurrentHashMap<>())),
                Map.entry("network-event", new NetworkEventHistories(office, new CopyOnWriteArrayList<>())),
                Map.entry("audit-log", new AuditLogHistories(auditor)),
                Map.entry("programme", funding.programmes()),
                Map.entry("call", funding.calls()),
                Map.entry("project", funding.projects()),
                Map.entry("target-agreement", new TargetHistories(office, new ConcurrentHashMap<>())),
                Map.entry("contact-person", new ContactPersonHistories(office, new ConcurrentHashMap<>())),
                Map.entry("planning-document", new PlanningHistories(office, new ConcurrentHashMap<>())),
                Map.entry("practice", new PracticeHistories(office, new ConcurrentHashMap<>())));
    }

    @Test
    void every_aggregate_type_has_a_history_generator() {
        assertThat(generators().keySet()).as("aggregate types without a HistoryGenerator in this test")
                .containsAll(aggregateTypes());
    }

    @TestFactory
    Stream<DynamicTest> state_known_at_a_time_between_two_events_equals_the_state_at_the_version_then() {
        var generators = generators();
        return aggregateTypes().stream().filter(generators::containsKey).map(type -> DynamicTest.dynamicTest(type,
                () -> {
                    var random = new Random(SEED ^ type.hashCode());
                    var generator = generators.get(type);
                    int states = 0;
                    for (int history = 0; history < generator.histories(); history++) {
                        states += checkHistory(type, generator, random);
                    }
                    assertThat(states).as("states checked: the histories must change the aggregates")
                            .isGreaterThan(generator.histories());
                }));
    }

    /** Where the read side answers for an aggregate of each type with the view the audit folds (not: actuals). */
    private static final Map<String, String> READ_PATHS = Map.of(
            "region", "/api/regions/",
            "working-group", "/api/working-groups/",
            "cooperation-agreement", "/api/agreements/",
            "programme", "/api/programmes/",
            "call", "/api/calls/",
            "project", "/api/projects/",
            "news-article", "/api/news/",
            "network-event", "/api/network-events/",
            "planning-document", "/api/planning-documents/",
            "practice", "/api/exchange/practices/");

    /** Read documents keep instants to the millisecond (BSON dates); events keep them to the nanosecond. */
    private static final java.util.regex.Pattern MICROS = java.util.regex.Pattern.compile("(\\.\\d{3})\\d*Z");

    /** Checks one random history; answers how many states it checked. */
    private int checkHistory(String type, HistoryGenerator generator, Random random) {
        var id = generator.begin(random);
        int steps = 2 + random.nextInt(10);
        for (int step = 0; step < steps; step++) {
            generator.step(random, id);
        }
        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        var times = new ArrayList<Instant>();
        auditor.get("/api/audit/streams/" + type + "/" + id + "/events").json().get("events")
                .forEach(event -> times.add(Instant.parse(event.get("time").asString())));
        var path = "/api/audit/streams/" + type + "/" + id + "/state";
        var context = type + " " + id + " (seed " + SEED + ")";

        var first = times.get(0);
        assertThat(auditor.get(path + "?knownAt=" + encode(first.minusNanos(1000))).status())
                .as("%s was not recorded before its first event", context).isEqualTo(404);
        for (int version = 0; version < times.size(); version++) {
            var byVersion = auditor.get(path + "?version=" + version);
            assertThat(byVersion.status()).as("%s at version %d", context, version).isEqualTo(200);
            assertThat(byVersion.json().get("version").asLong()).isEqualTo(version);
            assertThat(byVersion.json().get("events")).as("%s at version %d", context, version)
                    .hasSize(version + 1);
            var at = times.get(version);
            var between = version + 1 < times.size()
                    ? at.plus(Duration.between(at, times.get(version + 1)).dividedBy(2)) : null;
            for (var knownAt : between == null ? List.of(at) : List.of(at, between)) {
                var state = auditor.get(path + "?knownAt=" + encode(knownAt));
                assertThat(state.status()).as("%s known at %s", context, knownAt).isEqualTo(200);
                assertThat(state.json().get("version").asLong()).as("%s known at %s", context, knownAt)
                        .isEqualTo(version);
                assertThat(normalised(state.json().get("state")))
                        .as("%s known at %s (version %d)", context, knownAt, version)
                        .isEqualTo(normalised(byVersion.json().get("state")));
                assertThat(state.json().get("events")).isEqualTo(byVersion.json().get("events"));
            }
        }
        var readPath = READ_PATHS.get(type);
        if (readPath != null) {
            var office = new ApiClient(port).as(TestUsers.OFFICE);
            var audited = JSON.readTree(MICROS.matcher(normalised(auditor.get(path).json().get("state")).toString())
                    .replaceAll("$1Z").replace(".000Z", "Z"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                var read = normalised(office.get(readPath + id).json());
                audited.propertyNames().stream().filter(read::has).forEach(field -> assertThat(read.get(field))
                        .as("%s: the read side's %s", context, field).isEqualTo(audited.get(field)));
            });
        }
        return times.size();
    }

    private List<String> aggregateTypes() {
        var types = new ArrayList<String>();
        new ApiClient(port).as(TestUsers.AUDITOR).get("/api/audit/streams").json()
                .forEach(type -> types.add(type.get("type").asString()));
        return types;
    }

    /** Aggregates keep sets in hash order, which a snapshot round trip may change: compare arrays as sets. */
    private static JsonNode normalised(JsonNode node) {
        if (node instanceof ArrayNode array) {
            var sorted = new ArrayList<JsonNode>();
            array.forEach(element -> sorted.add(normalised(element)));
            sorted.sort(Comparator.comparing(JsonNode::toString));
            var result = JSON.createArrayNode();
            sorted.forEach(result::add);
            return result;
        }
        if (node instanceof ObjectNode object) {
            var result = JSON.createObjectNode();
            new TreeSet<>(object.propertyNames()).forEach(name -> result.set(name, normalised(object.get(name))));
            return result;
        }
        return node;
    }

    private static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    static String nextRegionKey() {
        return Integer.toString(REGION_KEYS.incrementAndGet());
    }

    static <T> T any(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /**
     * A region's action plan, revised with validities in order and out of order, its need linked to calls that do
     * not exist, superseded by a newer document of the region, after which revisions are refused.
     */
    private record PlanningHistories(ApiClient office, Map<String, String> bodies) implements HistoryGenerator {

        @Override
        public String begin(Random random) {
            var key = nextRegionKey();
            assertThat(office.post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key
                    + "\",\"kind\":\"DISTRICT\"}").status()).isEqualTo(201);
            var group = office.post("/api/working-groups", "{\"regionKey\":\"" + key + "\",\"name\":\"RAK " + key
                    + "\",\"establishedOn\":\"2021-01-01\"}");
            assertThat(group.status()).isEqualTo(201);
            var document = office.post("/api/planning-documents", adoption(key, group.json().get("id").asString(),
                    2011));
            assertThat(document.status()).as(document.body()).isEqualTo(201);
            var id = document.json().get("id").asString();
            bodies.put(id, key + "/" + group.json().get("id").asString());
            return id;
        }

        @Override
        public void step(Random random, String id) {
            var path = "/api/planning-documents/" + id;
            switch (random.nextInt(4)) {
                case 0, 1 -> office.post(path + "/revisions", "{\"content\":" + content(2011 + random.nextInt(8))
                        + ",\"revisedOn\":\"2019-01-01\"}");
                case 2 -> office.post(path + "/needs/B1/links", "{\"callId\":\"no-call-" + random.nextInt(3)
                        + "\"}");
                default -> {
                    var body = bodies.get(id).split("/");
                    var successor = office.post("/api/planning-documents", adoption(body[0], body[1], 2020));
                    office.post(path + "/supersession", "{\"successorId\":\"" + successor.json().get("id").asString()
                            + "\",\"supersededOn\":\"2020-01-01\"}");
                }
            }
        }

        private static String adoption(String key, String group, int year) {
            return "{\"regionKey\":\"" + key + "\",\"adoptedBy\":\"" + group + "\",\"kind\":\"ACTION_PLAN\","
                    + "\"content\":" + content(year) + ",\"adoptedOn\":\"" + year + "-01-01\"}";
        }

        private static String content(int year) {
            return "{\"title\":\"Handlungsplan " + year + "\",\"validFrom\":\"" + year + "-01-01\",\"validTo\":\""
                    + (year + 4) + "-12-31\",\"needs\":[{\"id\":\"B1\",\"title\":\"Nachwuchs\",\"text\":\"Text\"}],"
                    + "\"problemAreas\":[\"Pflege\"],\"fundingLines\":[\"ESF\"]}";
        }
    }

    private record RegionHistories(ApiClient office) implements HistoryGenerator {

        @Override
        public String begin(Random random) {
            var key = nextRegionKey();
            assertThat(office.post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key
                    + "\",\"kind\":\"" + any(random, List.of("DISTRICT", "INDEPENDENT_CITY")) + "\"}").status())
                    .isEqualTo(201);
            return key;
        }

        @Override
        public void step(Random random, String key) {
            if (random.nextBoolean()) {
                office.post("/api/working-groups", "{\"regionKey\":\"" + key + "\",\"name\":\"RAK " + key
                        + "\",\"establishedOn\":\"2021-01-01\"}");
            } else {
                office.post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Again\",\"kind\":\"DISTRICT\"}");
            }
        }
    }

    /** Members come and go, coordination changes, rules are set, resolutions recorded and priorities adopted. */
    private record WorkingGroupHistories(ApiClient office, Map<String, String> resolutions)
            implements HistoryGenerator {

        private static final List<String> ORGANISATIONS = List.of("Jobcenter", "Agentur für Arbeit", "Stadt",
                "IHK", "DGB", "Caritas", "Jugendberufsagentur");
        private static final List<String> CATEGORIES = List.of("JOB_CENTRE", "EMPLOYMENT_AGENCY", "MUNICIPALITY",
                "BUSINESS", "SOCIAL_PARTNER", "WELFARE_ASSOCIATION", "YOUTH_EMPLOYMENT_AGENCY");
        private static final List<String> VOTES = List.of("YES", "YES", "NO", "ABSTAIN");

        @Override
        public String begin(Random random) {
            var key = nextRegionKey();
            office.post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key
                    + "\",\"kind\":\"DISTRICT\"}");
            var group = office.post("/api/working-groups", "{\"regionKey\":\"" + key + "\",\"name\":\"RAK " + key
                    + "\",\"establishedOn\":\"2021-01-01\",\"kind\":\"" + any(random, List.of("DECIDING", "ADVISORY"))
                    + "\"}");
            assertThat(group.status()).isEqualTo(201);
            var id = group.json().get("id").asString();
            var path = "/api/working-groups/" + id;
            // a quorate group with rules, so that resolutions and priorities can be recorded
            for (var seat : List.of("Kreisverwaltung:MUNICIPALITY", "Arbeitsagentur Nord:EMPLOYMENT_AGENCY",
                    "Handwerkskammer:BUSINESS")) {
                var parts = seat.split(":");
                office.post(path + "/members", "{\"organisation\":\"" + parts[0] + "\",\"category\":\""
                        + parts[1] + "\",\"admittedOn\":\"2022-01-01\"}");
            }
            office.put(path + "/rules", "{\"validFrom\":\"2022-07-01\",\"quorum\":\"MORE_THAN_HALF_OF_VOTING_MEMBERS\","
                    + "\"majority\":\"SIMPLE\",\"votingCategories\":[\"" + String.join("\",\"", CATEGORIES) + "\"]}");
            await().atMost(Duration.ofSeconds(10)).until(() -> members(path).size() == 3);
            return id;
        }

        @Override
        public void step(Random random, String id) {
            var path = "/api/working-groups/" + id;
            switch (random.nextInt(7)) {
                case 0, 1 -> {
                    int which = random.nextInt(ORGANISATIONS.size());
                    office.post(path + "/members", "{\"organisation\":\"" + ORGANISATIONS.get(which)
                            + "\",\"category\":\"" + CATEGORIES.get(which) + "\",\"admittedOn\":\"2022-0"
                            + (1 + random.nextInt(6)) + "-01\"}");
                }
                case 2 -> {
                    var members = members(path);
                    office.delete(path + "/members/" + (members.isEmpty() ? "no-such-member"
                            : members.get(random.nextInt(members.size()))));
                }
                case 3 -> office.put(path + "/coordination", "{\"organisation\":\"REKO " + random.nextInt(3)
                        + "\",\"from\":\"2022-07-01\",\"to\":\"202" + (3 + random.nextInt(6)) + "-06-30\"}");
                case 4 -> office.put(path + "/rules", "{\"validFrom\":\"2022-07-0" + (1 + random.nextInt(9))
                        + "\",\"quorum\":\"MORE_THAN_HALF_OF_VOTING_MEMBERS\",\"majority\":\""
                        + any(random, List.of("SIMPLE", "TWO_THIRDS")) + "\",\"votingCategories\":[\""
                        + String.join("\",\"", CATEGORIES) + "\"]}");
                case 5 -> {
                    var present = members(path);
                    var votes = new StringBuilder();
                    for (var member : present) {
                        votes.append(votes.isEmpty() ? "" : ",").append("\"").append(member).append("\":\"")
                                .append(any(random, VOTES)).append("\"");
                    }
                    var recorded = office.post(path + "/resolutions", "{\"date\":\"2022-09-1" + random.nextInt(10)
                            + "\",\"agendaItem\":\"TOP " + random.nextInt(9) + "\",\"motion\":\"Beschluss\","
                            + "\"subject\":null,\"present\":[" + (present.isEmpty() ? "" : "\""
                            + String.join("\",\"", present) + "\"") + "],\"votes\":{" + votes + "},"
                            + "\"recusals\":[]}");
                    if (recorded.status() == 201) {
                        resolutions.put(id, recorded.json().get("id").asString());
                    }
                }
                default -> office.post(path + "/priorities", "{\"from\":\"2024-01-01\",\"to\":\"2026-12-31\","
                        + "\"resolutionId\":\"" + resolutions.getOrDefault(id, "00000000-0000-4000-8000-000000000000")
                        + "\",\"priorities\":[{\"title\":\"Schwerpunkt " + random.nextInt(5)
                        + "\",\"fundingAreas\":[\"A\"]}]}");
            }
        }

        /** The active members, as the read model has them (it may lag: a command then may be refused). */
        private List<String> members(String path) {
            var members = new ArrayList<String>();
            var group = office.get(path).json().get("members");
            if (group != null) {
                group.forEach(member -> members.add(member.get("id").asString()));
            }
            return members;
        }
    }

    private record AgreementHistories(ApiClient office) implements HistoryGenerator {

        private static final List<String> PARTIES = List.of("Ministerium", "Regio-Netzwerkstelle", "Landkreistag");

        @Override
        public String begin(Random random) {
            var parties = new StringBuilder();
            for (int party = 0; party < 2 + random.nextInt(2); party++) {
                parties.append(party == 0 ? "" : ",").append("{\"party\":\"").append(PARTIES.get(party)).append("\"}");
            }
            var draft = office.post("/api/agreements", "{\"title\":\"Kooperation " + random.nextInt(1000)
                    + "\",\"scope\":\"STATE\",\"parties\":[" + parties + "],\"documentSha256\":\"" + hash(random)
                    + "\",\"validFrom\":\"2024-01-01\",\"validUntil\":\"2031-12-31\"}");
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            return draft.json().get("id").asString();
        }

        @Override
        public void step(Random random, String id) {
            var path = "/api/agreements/" + id;
            var party = any(random, PARTIES);
            switch (random.nextInt(6)) {
                case 0, 1 -> office.post(path + "/signatures", "{\"party\":\"" + party
                        + "\",\"signatory\":\"Leitung\"}");
                case 2 -> office.post(path + "/accessions", "{\"party\":\"Beitritt " + random.nextInt(3) + "\"}");
                case 3 -> office.post(path + "/withdrawals", "{\"party\":\"" + party + "\"}");
                case 4 -> office.post(path + "/amendments", "{\"documentSha256\":\"" + hash(random)
                        + "\",\"summary\":\"Änderung\"}");
                default -> office.post(path + "/amendments/2/consents", "{\"party\":\"" + party + "\"}");
            }
        }

        private static String hash(Random random) {
            var hex = new StringBuilder();
            for (int i = 0; i < 64; i++) {
                hex.append(Character.forDigit(random.nextInt(16), 16));
            }
            return hex.toString();
        }
    }

    /** Cooperation bodies: partners admitted and withdrawn, moves, dissolution (after which all is refused). */
    private record CooperationBodyHistories(ApiClient office, Map<String, List<String>> partners)
            implements HistoryGenerator {

        private static final List<String> ORGANISATIONS = List.of("Jobcenter", "Agentur für Arbeit", "Kreis",
                "IHK", "Ausländerbehörde");

        @Override
        public String begin(Random random) {
            var key = nextRegionKey();
            office.post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key
                    + "\",\"kind\":\"DISTRICT\"}");
            var kind = any(random, List.of("ARBEITSMARKTBUERO", "JUGENDBERUFSAGENTUR", "OTHER"));
            var body = office.post("/api/cooperation-bodies", "{\"regionKey\":\"" + key + "\",\"kind\":\"" + kind
                    + "\"," + (kind.equals("OTHER") ? "\"kindName\":\"Ausbildungsplanung\"," : "")
                    + "\"name\":\"Büro " + key + "\",\"site\":\"Ort 0\",\"foundedOn\":\"2021-01-01\","
                    + "\"partners\":[{\"organisation\":\"Kreis\",\"role\":\"Kreisverwaltung\"}]}");
            assertThat(body.status()).as(body.body()).isEqualTo(201);
            var id = body.json().get("id").asString();
            partners.put(id, new CopyOnWriteArrayList<>());
            return id;
        }

        @Override
        public void step(Random random, String id) {
            var path = "/api/cooperation-bodies/" + id;
            var admitted = partners.get(id);
            switch (random.nextInt(7)) {
                case 0, 1, 2 -> {
                    var answer = office.post(path + "/partners", "{\"organisation\":\"" + any(random, ORGANISATIONS)
                            + "\",\"role\":\"Partner\",\"admittedOn\":\"2022-01-01\"}");
                    if (answer.status() == 201) {
                        admitted.add(answer.json().get("id").asString());
                    }
                }
                case 3 -> office.delete(path + "/partners/" + (admitted.isEmpty() ? "p-none" : any(random, admitted))
                        + "?withdrawnOn=2023-01-01");
                case 4, 5 -> office.put(path + "/site", "{\"site\":\"Ort " + random.nextInt(3)
                        + "\",\"movedOn\":\"2022-06-01\"}");
                default -> office.post(path + "/dissolution", "{\"dissolvedOn\":\"2024-01-01\"}");
            }
        }
    }

    /** News: edits name the version they replace, so the generator remembers each article's ETag. */
    private record NewsHistories(ApiClient office, Map<String, String> etags) implements HistoryGenerator {

        @Override
        public String begin(Random random) {
            var draft = office.post("/api/news", article(random));
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            var id = draft.json().get("id").asString();
            etags.put(id, draft.header("ETag"));
            return id;
        }

        @Override
        public void step(Random random, String id) {
            var path = "/api/news/" + id;
            var answer = switch (random.nextInt(5)) {
                case 0, 1 -> office.put(path, article(random), "If-Match", etags.get(id));
                case 2 -> office.post(path + "/publication", "");
                case 3 -> office.post(path + "/publication", "{\"at\":\"2099-01-0" + (1 + random.nextInt(9))
                        + "T08:00:00Z\"}");
                default -> office.delete(path);
            };
            if (answer.status() < 300 && answer.header("ETag") != null) {
                etags.put(id, answer.header("ETag"));
            }
        }

        private static String article(Random random) {
            return "{\"title\":\"Meldung " + random.nextInt(100) + "\",\"teaser\":\"Kurz\",\"body\":\"Text "
                    + random.nextInt(100) + "\",\"tags\":[\"Netzwerk\"],\"regionKeys\":[],\"fundingAreas\":[]}";
        }
    }

    /** Examples of good practice: revised (with their ETag, or a stale one), widened and narrowed, withdrawn. */
    private record PracticeHistories(ApiClient office, Map<String, String> etags) implements HistoryGenerator {

        @Override
        public String begin(Random random) {
            var described = office.post("/api/practices", practice(random, random.nextBoolean()
                    ? nextRegionKey() : null));
            assertThat(described.status()).as(described.body()).isEqualTo(201);
            var id = described.json().get("id").asString();
            etags.put(id, described.header("ETag"));
            return id;
        }

        @Override
        public void step(Random random, String id) {
            var path = "/api/practices/" + id;
            var answer = switch (random.nextInt(6)) {
                case 0, 1, 2 -> office.put(path, practice(random, null), "If-Match", etags.get(id));
                case 3 -> office.put(path, practice(random, null), "If-Match", "\"0\"");
                case 4 -> office.post(path + "/withdrawal", "{\"reason\":\"überholt\"}");
                default -> office.post(path + "/withdrawal", "");
            };
            if (answer.status() < 300 && answer.header("ETag") != null) {
                etags.put(id, answer.header("ETag"));
            }
        }

        private static String practice(Random random, String region) {
            return "{\"title\":\"Gute Praxis " + random.nextInt(100) + "\",\"summary\":\"**Text** "
                    + random.nextInt(100) + "\",\"topics\":[\"Kooperation\"],\"contactOrganisation\":\"Kreis\","
                    + (region == null ? "" : "\"regionKey\":\"" + region + "\",") + "\"audience\":\""
                    + any(random, List.of("NETWORK", "NATION_WIDE", "PUBLIC")) + "\"}";
        }
    }

    /** Contact persons of the network office: changed, consenting and withdrawing, removed. */
    private record ContactPersonHistories(ApiClient office, Map<String, String> etags) implements HistoryGenerator {

        @Override
        public String begin(Random random) {
            var recorded = office.post("/api/contact-persons", "{\"kind\":\"NETWORK_OFFICE\"," + details(random)
                    + "}");
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            var id = recorded.json().get("id").asString();
            etags.put(id, recorded.header("ETag"));
            return id;
        }

        @Override
        public void step(Random random, String id) {
            var path = "/api/contact-persons/" + id;
            var answer = switch (random.nextInt(5)) {
                case 0, 1 -> office.put(path, "{" + details(random) + "}", "If-Match", etags.get(id));
                case 2 -> office.post(path + "/consent", "{}");
                case 3 -> office.delete(path + "/consent");
                default -> office.delete(path);
            };
            if (answer.status() < 300 && answer.header("ETag") != null) {
                etags.put(id, answer.header("ETag"));
            }
        }

        private static String details(Random random) {
            int n = random.nextInt(100);
            return "\"name\":\"Person " + n + "\",\"function\":\"Referat " + n + "\",\"telephone\":\"0391 567-"
                    + (1000 + n) + "\",\"email\":\"person" + n + "@example.org\"";
        }
    }

    /** Network events: published, rescheduled, cancelled; organisations register, some on the waiting list. */
    private record NetworkEventHistories(ApiClient office, List<String> registrations) implements HistoryGenerator {

        @Override
        public String begin(Random random) {
            var draft = office.post("/api/network-events", "{\"title\":\"Netzwerktreffen\",\"description\":"
                    + "\"Austausch\",\"start\":\"2027-03-0" + (1 + random.nextInt(8)) + "T10:00:00+01:00\","
                    + "\"end\":\"2027-03-09T16:00:00+01:00\",\"location\":\"Magdeburg\",\"capacity\":2}");
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            return draft.json().get("id").asString();
        }

        @Override
        public void step(Random random, String id) {
            var path = "/api/network-events/" + id;
            switch (random.nextInt(6)) {
                case 0 -> office.post(path + "/publication", "");
                case 1 -> office.put(path + "/schedule", "{\"start\":\"2027-04-0" + (1 + random.nextInt(8))
                        + "T09:00:00+02:00\",\"end\":\"2027-04-09T15:00:00+02:00\"}");
                case 2, 3 -> {
                    var registered = office.post(path + "/registrations", "{\"organisation\":\"Verein "
                            + random.nextInt(5) + "\"}");
                    if (registered.status() == 201) {
                        registrations.add(registered.header("Location"));
                    }
                }
                case 4 -> office.delete(registrations.isEmpty() ? path + "/registrations/none"
                        : registrations.remove(random.nextInt(registrations.size())));
                default -> office.post(path + "/cancellation", "{\"reason\":\"Raum fehlt\"}");
            }
        }
    }

    /** An audit log's history is made by reading the audit API: each read is one event in the day's log. */
    private record AuditLogHistories(ApiClient auditor) implements HistoryGenerator {

        @Override
        public String begin(Random random) {
            auditor.get("/api/audit/streams");
            return AuditLogId.of(LocalDate.now(NetworkTime.ZONE)).value();
        }

        @Override
        public void step(Random random, String id) {
            auditor.get(any(random, List.of("/api/audit/streams", "/api/audit/verification",
                    "/api/audit/streams/region/15089/events")));
        }

        @Override
        public int histories() {
            return 2;
        }
    }
}
