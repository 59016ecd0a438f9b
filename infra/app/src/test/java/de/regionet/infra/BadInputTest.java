package de.regionet.infra;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input, from a signed-in network office, gets a 4xx problem document that names what is wrong,
 * and stores nothing. Paths may use {@code {wg}} and {@code {member}}, an existing working group and member, and
 * {@code {draft}}, {@code {inforce}} and {@code {terminated}}, agreements (the draft signed by the ministry only);
 * bodies and fields may use {@code {member}}. The working group has no rules of procedure. Programmes, calls and
 * projects: {@code {programme}}, {@code {open}} (a call taking proposals) and {@code {project}} (one running, with
 * no results yet); {@code {targets}}, a target agreement of the Salzlandkreis for 2026 that nobody signed yet.
 * The cases are grouped by feature, one parameterized test per group, each case shown by its name.
 */
// Not @RegioNetTest: it proves each refusal stored nothing by counting every event in the store.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=badinput"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String JSON = "application/json";
    private static final String STATE = "\"scope\":\"STATE\"";
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String PARTIES = "[{\"party\":\"Ministerium\"},{\"party\":\"Regio-Netzwerkstelle\"}]";

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine events;

    ApiClient api;
    String token;
    String workingGroup;
    String member;
    Map<String, String> agreements = new HashMap<>();
    String news;
    String event;
    Map<String, String> funding = new HashMap<>();

    @BeforeAll
    void aRegionWithWorkingGroupAndMember() {
        token = new ApiClient(port).token(TestUsers.OFFICE);
        api = new ApiClient(port).withToken(token);
        api.post("/api/regions", """
                {"key":"15089","name":"Salzlandkreis","kind":"DISTRICT"}""");
        workingGroup = api.post("/api/working-groups", """
                {"regionKey":"15089","name":"RAK Salzlandkreis",
                 "establishedOn":"2021-01-01"}""").json().get("id").asString();
        member = api.post("/api/working-groups/" + workingGroup + "/members", """
                {"organisation":"Jobcenter Salzlandkreis","category":"JOB_CENTRE"}""").json().get("id").asString();
        api.post("/api/regions", """
                {"key":"15001","name":"Dessau-Roßlau","kind":"INDEPENDENT_CITY"}""", "Idempotency-Key", "k-1");
        news = api.post("/api/news", """
                {"title":"Nachricht","teaser":"Kurz","body":"Text"}""").json().get("id").asString();
        event = api.post("/api/network-events", EVENT.formatted("2099-12-03T10:00:00+01:00",
                "2099-12-03T16:00:00+01:00", "\"Magdeburg\"", "null", "80")).json().get("id").asString();
        agreements.put("{draft}", signedAgreement(List.of("Ministerium")));
        agreements.put("{inforce}", signedAgreement(List.of("Ministerium", "Regio-Netzwerkstelle")));
        var terminated = signedAgreement(List.of("Ministerium", "Regio-Netzwerkstelle"));
        api.post(terminated + "/termination", "{\"effectiveOn\":\"2023-01-01\"}");
        agreements.put("{terminated}", terminated);
        fundingTargets();
    }

    /** {@code {programme}}, an {@code {open}} call of the Salzlandkreis and a {@code {project}} of Dessau-Roßlau. */
    private void fundingTargets() {
        var calls = new Funding(api);
        funding.put("{programme}", "/api/programmes/" + calls.programme());
        assertThat(api.post(funding.get("{programme}") + "/amendments", """
                {"effectiveFrom":"2025-04-01","addAreas":[{"code":"L","title":"Fachkräftesicherung"}]}""").status())
                .as("version 1, so that version 0 is stale").isEqualTo(201);
        funding.put("{open}", calls.call("15089", java.time.Instant.parse("2099-01-01T12:00:00Z")));
        var dessau = Rak.constitute(api, "15001", "Dessau-Roßlau");
        funding.put("{project}", calls.projects("15001", 1, call -> dessau.resolveAboutCall(api, call)).get(0));
        funding.put("{targets}", api.post("/api/target-agreements", targetAgreement("2026-01-01", "2026-12-31",
                "PARTICIPANTS", "100", "2026-06-30")).header("Location"));
    }

    /** A state-wide agreement of the ministry and the network office, valid 2022–2027, signed by {@code signers}. */
    private String signedAgreement(List<String> signers) {
        var path = api.post("/api/agreements", agreement(STATE, PARTIES, HASH, "2022-01-01", "\"2027-12-31\""))
                .header("Location");
        signers.forEach(party -> api.post(path + "/signatures", "{\"party\":\"" + party
                + "\",\"signedOn\":\"2021-12-09\",\"signatory\":\"Leitung\"}"));
        return path;
    }

    /** A network event request: start, end, location, online link, capacity. */
    private static final String EVENT = """
            {"title":"Konferenz","description":"Text","start":"%s","end":"%s","location":%s,"onlineUrl":%s,
             "capacity":%s,"regionKeys":["15089"]}""";

    private static String event(String start, String end, String location, String onlineUrl, String capacity) {
        return EVENT.formatted(start, end, location, onlineUrl, capacity);
    }

    /** Requests no endpoint can read: not JSON, too big, a reused idempotency key, an unknown method or path. */
    static Stream<BadInput> requests() {
        var big = "{\"key\":\"15002\",\"name\":\"" + "x".repeat(70 * 1024) + "\",\"kind\":\"DISTRICT\"}";
        return Stream.of(
                refused("malformed JSON", "POST", "/api/regions", JSON, "{\"key\":", 400, null),
                refused("trailing content", "POST", "/api/regions", JSON,
                        "{\"key\":\"15002\",\"name\":\"A\",\"kind\":\"DISTRICT\"} x", 400, null),
                refused("array instead of object", "POST", "/api/regions", JSON, "[]", 400, null),
                refused("empty body", "POST", "/api/regions", JSON, "", 400, null),
                refused("not JSON", "POST", "/api/regions", "text/plain", "15083 Börde", 415, null),
                refused("body over 64 KiB", "POST", "/api/regions", JSON, big, 413, null),
                refused("chunked body over 64 KiB", "POST-CHUNKED", "/api/regions", JSON, big, 413, null),
                refused("idempotency key reused for another request", "POST-IDEMPOTENT", "/api/regions", JSON,
                        "{\"key\":\"15003\",\"name\":\"Magdeburg\",\"kind\":\"INDEPENDENT_CITY\"}", 422,
                        "Idempotency-Key"),
                refused("method not allowed", "PATCH", "/api/regions", JSON, "{}", 405, null),
                refused("unknown path", "GET", "/api/nothing-here", null, null, 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void a_request_no_endpoint_can_read_is_refused_and_stores_nothing(BadInput input) throws Exception {
        assertRefused(input);
    }

    /** Regions: their keys, kinds and names. */
    static Stream<BadInput> regions() {
        return Stream.of(
                refused("missing key", "POST", "/api/regions", JSON,
                        "{\"name\":\"Börde\",\"kind\":\"DISTRICT\"}", 400, "key"),
                refused("key of four digits", "POST", "/api/regions", JSON,
                        "{\"key\":\"1508\",\"name\":\"Börde\",\"kind\":\"DISTRICT\"}", 400, "key"),
                refused("key with letters", "POST", "/api/regions", JSON,
                        "{\"key\":\"15O83\",\"name\":\"Börde\",\"kind\":\"DISTRICT\"}", 400, "key"),
                refused("key as a number", "POST", "/api/regions", JSON,
                        "{\"key\":15083,\"name\":\"Börde\",\"kind\":\"DISTRICT\"}", 400, "key"),
                refused("key as an object", "POST", "/api/regions", JSON,
                        "{\"key\":{\"ags\":\"15083\"},\"name\":\"Börde\",\"kind\":\"DISTRICT\"}", 400, "key"),
                refused("unknown kind", "POST", "/api/regions", JSON,
                        "{\"key\":\"15083\",\"name\":\"Börde\",\"kind\":\"COUNTY\"}", 400, "kind"),
                refused("kind as ordinal", "POST", "/api/regions", JSON,
                        "{\"key\":\"15083\",\"name\":\"Börde\",\"kind\":0}", 400, "kind"),
                refused("blank name", "POST", "/api/regions", JSON,
                        "{\"key\":\"15083\",\"name\":\"   \",\"kind\":\"DISTRICT\"}", 400, "name"),
                refused("name too long", "POST", "/api/regions", JSON,
                        "{\"key\":\"15083\",\"name\":\"" + "n".repeat(201) + "\",\"kind\":\"DISTRICT\"}", 400, "name"),
                refused("unknown field", "POST", "/api/regions", JSON,
                        "{\"key\":\"15083\",\"name\":\"Börde\",\"kind\":\"DISTRICT\",\"mayor\":\"x\"}", 400, "mayor"),
                refused("region key registered twice", "POST", "/api/regions", JSON,
                        "{\"key\":\"15089\",\"name\":\"Salzlandkreis\",\"kind\":\"DISTRICT\"}", 409, null),
                refused("region key not 5 digits in path", "GET", "/api/regions/abc", null, null, 400, "key"),
                refused("unregistered region in path", "GET", "/api/regions/15999", null, null, 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void bad_region_input_is_refused_and_stores_nothing(BadInput input) throws Exception {
        assertRefused(input);
    }

    /** Working groups, members and coordination. */
    static Stream<BadInput> workingGroups() {
        return Stream.of(
                refused("working group for unknown region", "POST", "/api/working-groups", JSON,
                        "{\"regionKey\":\"15999\",\"name\":\"RAK\"}", 422, "regionKey"),
                refused("second working group for a region", "POST", "/api/working-groups", JSON,
                        "{\"regionKey\":\"15089\",\"name\":\"RAK 2\"}", 409, null),
                refused("working group without name", "POST", "/api/working-groups", JSON,
                        "{\"regionKey\":\"15089\"}", 400, "name"),
                refused("unknown category", "POST", "/api/working-groups/{wg}/members", JSON,
                        "{\"organisation\":\"IHK\",\"category\":\"CHAMBER\"}", 400, "category"),
                refused("member without organisation", "POST", "/api/working-groups/{wg}/members", JSON,
                        "{\"category\":\"BUSINESS\"}", 400, "organisation"),
                refused("impossible admission date", "POST", "/api/working-groups/{wg}/members", JSON,
                        "{\"organisation\":\"IHK\",\"category\":\"BUSINESS\",\"admittedOn\":\"2022-13-45\"}", 400,
                        "admittedOn"),
                refused("same organisation twice", "POST", "/api/working-groups/{wg}/members", JSON,
                        "{\"organisation\":\"jobcenter salzlandkreis\",\"category\":\"JOB_CENTRE\"}", 409, null),
                refused("member of unknown working group", "POST", "/api/working-groups/nope/members", JSON,
                        "{\"organisation\":\"IHK\",\"category\":\"BUSINESS\"}", 404, null),
                refused("coordination ending before it starts", "PUT", "/api/working-groups/{wg}/coordination",
                        JSON, "{\"organisation\":\"REKO\",\"from\":\"2022-07-01\",\"to\":\"2021-06-30\"}", 422, "to"),
                refused("coordination without start", "PUT", "/api/working-groups/{wg}/coordination", JSON,
                        "{\"organisation\":\"REKO\",\"to\":\"2028-06-30\"}", 400, "from"),
                refused("stale If-Match", "PUT-STALE", "/api/working-groups/{wg}/coordination", JSON,
                        "{\"organisation\":\"REKO\",\"from\":\"2022-07-01\"}", 412, null),
                refused("If-Match that is no version", "PUT-GARBAGE", "/api/working-groups/{wg}/coordination", JSON,
                        "{\"organisation\":\"REKO\",\"from\":\"2022-07-01\"}", 412, "If-Match"),
                refused("withdrawing an unknown member", "DELETE", "/api/working-groups/{wg}/members/nobody", null,
                        null, 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workingGroups")
    void bad_working_group_input_is_refused_and_stores_nothing(BadInput input) throws Exception {
        assertRefused(input);
    }

    /** Cooperation agreements from the draft to the termination. */
    static Stream<BadInput> agreements() {
        return Stream.of(
                refused("agreement text hash of 63 characters", "POST", "/api/agreements", JSON,
                        agreement(STATE, PARTIES, HASH.substring(1), "2022-01-01", "null"), 400, "documentSha256"),
                refused("agreement text hash not hexadecimal", "POST", "/api/agreements", JSON,
                        agreement(STATE, PARTIES, "z".repeat(64), "2022-01-01", "null"), 400, "documentSha256"),
                refused("agreement without text hash", "POST", "/api/agreements", JSON,
                        agreement(STATE, PARTIES, null, "2022-01-01", "null"), 400, "documentSha256"),
                refused("unknown agreement scope", "POST", "/api/agreements", JSON,
                        agreement("\"scope\":\"FEDERAL\"", PARTIES, HASH, "2022-01-01", "null"), 400, "scope"),
                refused("regional agreement without region", "POST", "/api/agreements", JSON,
                        agreement("\"scope\":\"REGIONAL\"", PARTIES, HASH, "2022-01-01", "null"), 422, "regionKey"),
                refused("state-wide agreement with a region", "POST", "/api/agreements", JSON,
                        agreement(STATE + ",\"regionKey\":\"15089\"", PARTIES, HASH, "2022-01-01", "null"), 422,
                        "regionKey"),
                refused("agreement with a single party", "POST", "/api/agreements", JSON,
                        agreement(STATE, "[{\"party\":\"Ministerium\"}]", HASH, "2022-01-01", "null"), 422,
                        "parties"),
                refused("agreement without parties", "POST", "/api/agreements", JSON,
                        agreement(STATE, "[]", HASH, "2022-01-01", "null"), 400, "parties"),
                refused("party named twice", "POST", "/api/agreements", JSON,
                        agreement(STATE, "[{\"party\":\"Ministerium\"},{\"party\":\"MINISTERIUM\"}]", HASH,
                                "2022-01-01", "null"), 422, "parties"),
                refused("party without name", "POST", "/api/agreements", JSON,
                        agreement(STATE, "[{\"regionKey\":\"15089\"},{\"party\":\"Ministerium\"}]", HASH,
                                "2022-01-01", "null"), 400, "parties[0].party"),
                refused("party with an invalid region key", "POST", "/api/agreements", JSON,
                        agreement(STATE, "[{\"party\":\"Börde\",\"regionKey\":\"1508\"},{\"party\":\"M\"}]",
                                HASH, "2022-01-01", "null"), 400, "parties[0].regionKey"),
                refused("agreement validity ending before it starts", "POST", "/api/agreements", JSON,
                        agreement(STATE, PARTIES, HASH, "2022-01-01", "\"2021-12-31\""), 422, "validUntil"),
                refused("impossible agreement start", "POST", "/api/agreements", JSON,
                        agreement(STATE, PARTIES, HASH, "2022-02-30", "null"), 400, "validFrom"),
                refused("signing twice", "POST", "{draft}/signatures", JSON,
                        "{\"party\":\"Ministerium\",\"signatory\":\"Staatssekretär\"}", 409, null),
                refused("signing as a non-party", "POST", "{draft}/signatures", JSON,
                        "{\"party\":\"Landkreis Börde\",\"signatory\":\"Landrat\"}", 422, "party"),
                refused("signature without signatory", "POST", "{draft}/signatures", JSON,
                        "{\"party\":\"Regio-Netzwerkstelle\"}", 400, "signatory"),
                refused("signature after the validity ended", "POST", "{draft}/signatures", JSON,
                        "{\"party\":\"Regio-Netzwerkstelle\",\"signedOn\":\"2028-01-01\",\"signatory\":\"Leitung\"}",
                        422, "signedOn"),
                refused("stale If-Match on a signature", "POST-STALE", "{draft}/signatures", JSON,
                        "{\"party\":\"Regio-Netzwerkstelle\",\"signatory\":\"Leitung\"}", 412, null),
                refused("signing an unknown agreement", "POST", "/api/agreements/nope/signatures", JSON,
                        "{\"party\":\"Ministerium\",\"signatory\":\"Leitung\"}", 404, null),
                refused("acceding to a draft", "POST", "{draft}/accessions", JSON,
                        "{\"party\":\"Salzlandkreis\",\"regionKey\":\"15089\"}", 409, null),
                refused("accession before the entry into force", "POST", "{inforce}/accessions", JSON,
                        "{\"party\":\"Salzlandkreis\",\"accededOn\":\"2021-06-30\"}", 422, "accededOn"),
                refused("withdrawal of a non-party", "POST", "{inforce}/withdrawals", JSON,
                        "{\"party\":\"Salzlandkreis\"}", 422, "party"),
                refused("amending a terminated agreement", "POST", "{terminated}/amendments", JSON,
                        "{\"documentSha256\":\"" + "b".repeat(64) + "\",\"summary\":\"neu\"}", 409, null),
                refused("amendment with an invalid text hash", "POST", "{inforce}/amendments", JSON,
                        "{\"documentSha256\":\"b\",\"summary\":\"neu\"}", 400, "documentSha256"),
                refused("amendment without summary", "POST", "{inforce}/amendments", JSON,
                        "{\"documentSha256\":\"" + "b".repeat(64) + "\"}", 400, "summary"),
                refused("consent to an unknown amendment", "POST", "{inforce}/amendments/7/consents", JSON,
                        "{\"party\":\"Ministerium\"}", 404, null),
                refused("amendment that is no number", "POST", "{inforce}/amendments/two/consents", JSON,
                        "{\"party\":\"Ministerium\"}", 400, "amendment"),
                refused("termination without effective date", "POST", "{inforce}/termination", JSON,
                        "{\"reason\":\"beendet\"}", 400, "effectiveOn"),
                refused("termination before the entry into force", "POST", "{inforce}/termination", JSON,
                        "{\"effectiveOn\":\"2021-06-30\"}", 422, "effectiveOn"),
                refused("agreement as of an impossible day", "GET", "{inforce}?asOf=2022-13-01", null, null, 400,
                        "asOf"),
                refused("unknown agreement status", "GET", "/api/agreements?status=SIGNED_OFF", null, null, 400,
                        "status"),
                refused("unknown agreement", "GET", "/api/agreements/nope", null, null, 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreements")
    void bad_agreement_input_is_refused_and_stores_nothing(BadInput input) throws Exception {
        assertRefused(input);
    }

    /** News articles and their publication. */
    static Stream<BadInput> news() {
        return Stream.of(
                refused("news without title", "POST", "/api/news", JSON,
                        "{\"teaser\":\"Kurz\",\"body\":\"Text\"}", 400, "title"),
                refused("news with a blank body", "POST", "/api/news", JSON,
                        "{\"title\":\"T\",\"teaser\":\"Kurz\",\"body\":\"  \"}", 400, "body"),
                refused("news with a blank tag", "POST", "/api/news", JSON,
                        "{\"title\":\"T\",\"teaser\":\"K\",\"body\":\"B\",\"tags\":[\" \"]}", 400, "tags[0]"),
                refused("news for a region key of four digits", "POST", "/api/news", JSON,
                        "{\"title\":\"T\",\"teaser\":\"K\",\"body\":\"B\",\"regionKeys\":[\"1508\"]}", 400,
                        "regionKeys[0]"),
                refused("news for a funding area that is no letter", "POST", "/api/news", JSON,
                        "{\"title\":\"T\",\"teaser\":\"K\",\"body\":\"B\",\"fundingAreas\":[\"KK\"]}", 400,
                        "fundingAreas[0]"),
                refused("news body too long", "POST", "/api/news", JSON,
                        "{\"title\":\"T\",\"teaser\":\"K\",\"body\":\"" + "b".repeat(20_001) + "\"}", 400, "body"),
                refused("news edit without If-Match", "PUT", "/api/news/{news}", JSON,
                        "{\"title\":\"T\",\"teaser\":\"K\",\"body\":\"B\"}", 428, "If-Match"),
                refused("publication time that is no time", "POST", "/api/news/{news}/publication", JSON,
                        "{\"at\":\"morgen\"}", 400, "at"),
                refused("publishing unknown news", "POST", "/api/news/nope/publication", JSON, "{}", 404, null),
                refused("unknown news in path", "GET", "/api/news/nope", null, null, 404, null),
                refused("news list for an invalid region", "GET", "/api/news?region=abc", null, null, 400, "region"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("news")
    void bad_news_input_is_refused_and_stores_nothing(BadInput input) throws Exception {
        assertRefused(input);
    }

    /** Network events and registrations. */
    static Stream<BadInput> networkEvents() {
        return Stream.of(
                refused("network event ending before it starts", "POST", "/api/network-events", JSON,
                        event("2099-12-03T10:00:00+01:00", "2099-12-03T09:00:00+01:00", "\"M\"", "null", "80"), 422,
                        "end"),
                refused("network event time without offset", "POST", "/api/network-events", JSON,
                        event("2099-12-03T10:00:00", "2099-12-03T12:00:00+01:00", "\"M\"", "null", "80"), 400,
                        "start"),
                refused("network event without location or link", "POST", "/api/network-events", JSON,
                        event("2099-12-03T10:00:00+01:00", "2099-12-03T12:00:00+01:00", "null", "null", "80"), 422,
                        "location"),
                refused("network event with a javascript link", "POST", "/api/network-events", JSON,
                        event("2099-12-03T10:00:00+01:00", "2099-12-03T12:00:00+01:00", "null",
                                "\"javascript:alert(1)\"", "80"), 422, "onlineUrl"),
                refused("network event without places", "POST", "/api/network-events", JSON,
                        event("2099-12-03T10:00:00+01:00", "2099-12-03T12:00:00+01:00", "\"M\"", "null", "0"), 400,
                        "capacity"),
                refused("cancellation without reason", "POST", "/api/network-events/{event}/cancellation", JSON,
                        "{}", 400, "reason"),
                refused("registration without organisation", "POST", "/api/network-events/{event}/registrations",
                        JSON, "{}", 400, "organisation"),
                refused("registration for a draft", "POST", "/api/network-events/{event}/registrations", JSON,
                        "{\"organisation\":\"IHK\"}", 409, null),
                refused("registration for an unknown network event", "POST",
                        "/api/network-events/nope/registrations", JSON, "{\"organisation\":\"IHK\"}", 404, null),
                refused("rescheduling to an end before the start", "PUT", "/api/network-events/{event}/schedule",
                        JSON, "{\"start\":\"2099-12-03T10:00:00+01:00\",\"end\":\"2099-12-02T10:00:00+01:00\"}",
                        422, "end"),
                refused("cancelling an unknown registration", "DELETE",
                        "/api/network-events/{event}/registrations/nobody", null, null, 404, null),
                refused("network events between an end before the start", "GET",
                        "/api/network-events?from=2030-02-01&to=2030-01-01", null, null, 422, "to"),
                refused("network events from a day that is no day", "GET", "/api/network-events?from=2030-13-01",
                        null, null, 400, "from"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networkEvents")
    void bad_network_event_input_is_refused_and_stores_nothing(BadInput input) throws Exception {
        assertRefused(input);
    }

    /** Rules of procedure, resolutions, written procedures and priorities. */
    static Stream<BadInput> decisions() {
        return Stream.of(
                refused("rules without voting categories", "PUT", "/api/working-groups/{wg}/rules", JSON,
                        "{\"validFrom\":\"2022-07-01\",\"quorum\":\"MORE_THAN_HALF_OF_VOTING_MEMBERS\","
                                + "\"majority\":\"SIMPLE\",\"votingCategories\":[]}", 400, "votingCategories"),
                refused("rules with an unknown majority", "PUT", "/api/working-groups/{wg}/rules", JSON,
                        "{\"validFrom\":\"2022-07-01\",\"quorum\":\"MORE_THAN_HALF_OF_VOTING_MEMBERS\","
                                + "\"majority\":\"UNANIMOUS\",\"votingCategories\":[\"JOB_CENTRE\"]}", 400,
                        "majority"),
                refused("rules with an unknown voting category", "PUT", "/api/working-groups/{wg}/rules", JSON,
                        "{\"validFrom\":\"2022-07-01\",\"quorum\":\"MORE_THAN_HALF_OF_VOTING_MEMBERS\","
                                + "\"majority\":\"SIMPLE\",\"votingCategories\":[\"CHAMBER\"]}", 400,
                        "votingCategories[0]"),
                refused("resolution without rules of procedure", "POST", "/api/working-groups/{wg}/resolutions",
                        JSON, resolution("2022-09-14", "\"votes\":{\"{member}\":\"YES\"}"), 422, "date"),
                refused("resolution dated in the future", "POST", "/api/working-groups/{wg}/resolutions", JSON,
                        resolution("2099-01-01", "\"votes\":{}"), 422, "date"),
                refused("resolution without a date", "POST", "/api/working-groups/{wg}/resolutions", JSON,
                        "{\"agendaItem\":\"TOP 1\",\"motion\":\"M\",\"present\":[]}", 400, "date"),
                refused("resolution without present members", "POST", "/api/working-groups/{wg}/resolutions",
                        JSON, "{\"date\":\"2022-09-14\",\"agendaItem\":\"TOP 1\",\"motion\":\"M\"}", 400,
                        "present"),
                refused("resolution with a vote that is no vote", "POST", "/api/working-groups/{wg}/resolutions",
                        JSON, resolution("2022-09-14", "\"votes\":{\"{member}\":\"MAYBE\"}"), 400,
                        "votes.{member}"),
                refused("resolution with a member voting twice", "POST", "/api/working-groups/{wg}/resolutions",
                        JSON, resolution("2022-09-14", "\"votes\":{\"{member}\":\"YES\",\"{member}\":\"NO\"}"),
                        400, "votes.{member}"),
                refused("resolution with a blank member id", "POST", "/api/working-groups/{wg}/resolutions", JSON,
                        "{\"date\":\"2022-09-14\",\"agendaItem\":\"TOP 1\",\"motion\":\"M\","
                                + "\"present\":[\" \"]}", 400, "present[0]"),
                refused("resolution about an unknown kind of subject", "POST",
                        "/api/working-groups/{wg}/resolutions", JSON,
                        "{\"date\":\"2022-09-14\",\"agendaItem\":\"TOP 1\",\"motion\":\"M\",\"present\":[],"
                                + "\"subject\":{\"type\":\"MEETING\",\"id\":\"x\"}}", 400, "subject.type"),
                refused("resolution whose outcome is sent", "POST", "/api/working-groups/{wg}/resolutions", JSON,
                        "{\"date\":\"2022-09-14\",\"agendaItem\":\"TOP 1\",\"motion\":\"M\",\"present\":[],"
                                + "\"outcome\":\"ADOPTED\"}", 400, "outcome"),
                refused("resolution of an unknown working group", "POST", "/api/working-groups/nope/resolutions",
                        JSON, resolution("2022-09-14", "\"votes\":{}"), 404, null),
                refused("written procedure without rules of procedure", "POST",
                        "/api/working-groups/{wg}/circulations", JSON,
                        "{\"motion\":\"M\",\"deadline\":\"2099-01-01\"}", 422, null),
                refused("written procedure with a deadline that has passed", "POST",
                        "/api/working-groups/{wg}/circulations", JSON,
                        "{\"motion\":\"M\",\"deadline\":\"2022-01-01\"}", 422, "deadline"),
                refused("written procedure without a deadline", "POST", "/api/working-groups/{wg}/circulations",
                        JSON, "{\"motion\":\"M\"}", 400, "deadline"),
                refused("vote in an unknown written procedure", "POST",
                        "/api/working-groups/{wg}/circulations/7/votes", JSON,
                        "{\"memberId\":\"{member}\",\"vote\":\"YES\"}", 404, null),
                refused("vote in a written procedure that is no number", "POST",
                        "/api/working-groups/{wg}/circulations/first/votes", JSON,
                        "{\"memberId\":\"{member}\",\"vote\":\"YES\"}", 400, "number"),
                refused("vote that is no vote", "POST", "/api/working-groups/{wg}/circulations/1/votes", JSON,
                        "{\"memberId\":\"{member}\",\"vote\":\"PERHAPS\"}", 400, "vote"),
                refused("recusal without a reason", "POST", "/api/working-groups/{wg}/circulations/1/recusals",
                        JSON, "{\"memberId\":\"{member}\"}", 400, "reason"),
                refused("priorities by an unknown resolution", "POST", "/api/working-groups/{wg}/priorities", JSON,
                        priorities("2023-01-01", "2025-12-31", "A"), 422, "resolutionId"),
                refused("priorities ending before they start", "POST", "/api/working-groups/{wg}/priorities", JSON,
                        priorities("2023-01-01", "2022-12-31", "A"), 422, "to"),
                refused("priority with a funding area that is no letter", "POST",
                        "/api/working-groups/{wg}/priorities", JSON, priorities("2023-01-01", null, "AA"), 400,
                        "priorities[0].fundingAreas[0]"),
                refused("priorities without any", "POST", "/api/working-groups/{wg}/priorities", JSON,
                        "{\"from\":\"2023-01-01\",\"resolutionId\":\"r-1\",\"priorities\":[]}", 400,
                        "priorities"),
                refused("priorities of an unknown region", "GET", "/api/regions/15999/priorities", null, null, 404,
                        null),
                refused("priorities as of no date", "GET", "/api/regions/15089/priorities?asOf=yesterday", null,
                        null, 400, "asOf"),
                refused("network priorities as of no date", "GET", "/api/network/priorities?asOf=2024-13-01", null,
                        null, 400, "asOf"),
                refused("decision log of an unknown working group", "GET", "/api/working-groups/nope/resolutions",
                        null, null, 404, null),
                refused("unknown written procedure", "GET", "/api/working-groups/{wg}/circulations/3", null, null,
                        404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void bad_decision_input_is_refused_and_stores_nothing(BadInput input) throws Exception {
        assertRefused(input);
    }

    /** Funding programmes and their amendments. */
    static Stream<BadInput> programmes() {
        return Stream.of(
                refused("programme ending before it starts", "POST", "/api/programmes", JSON,
                        programme("2027-12-31", "2021-01-01", "1000", "A"), 422, "to"),
                refused("funding area of two letters", "POST", "/api/programmes", JSON,
                        programme("2021-01-01", "2027-12-31", "1000", "AB"), 400, "fundingAreas[0].code"),
                refused("budget with fractions of cents", "POST", "/api/programmes", JSON,
                        programme("2021-01-01", "2027-12-31", "1000.001", "A"), 400, "budgetEuro"),
                refused("negative budget", "POST", "/api/programmes", JSON,
                        programme("2021-01-01", "2027-12-31", "-5", "A"), 400, "budgetEuro"),
                refused("budget as text", "POST", "/api/programmes", JSON,
                        programme("2021-01-01", "2027-12-31", "\"viel\"", "A"), 400, "budgetEuro"),
                refused("amendment of an unknown programme", "POST", "/api/programmes/nope/amendments", JSON,
                        "{\"effectiveFrom\":\"2025-04-01\",\"closeAreas\":[\"A\"]}", 404, null),
                refused("amendment changing nothing", "POST", "{programme}/amendments", JSON,
                        "{\"effectiveFrom\":\"2025-04-01\"}", 400, null),
                refused("amendment closing an area the programme lacks", "POST", "{programme}/amendments", JSON,
                        "{\"effectiveFrom\":\"2025-04-01\",\"closeAreas\":[\"Q\"]}", 422, "closeAreas"),
                refused("amendment on a stale version", "POST-STALE", "{programme}/amendments", JSON,
                        "{\"effectiveFrom\":\"2025-04-01\",\"closeAreas\":[\"A\"]}", 412, null),
                refused("programme as of no date", "GET", "{programme}?asOf=someday", null, null, 400, "asOf"),
                refused("unknown programme", "GET", "/api/programmes/nope", null, null, 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmes")
    void bad_programme_input_is_refused_and_stores_nothing(BadInput input) throws Exception {
        assertRefused(input);
    }

    /** Calls, proposals and the selection. */
    static Stream<BadInput> calls() {
        return Stream.of(
                refused("call of an unknown programme", "POST", "/api/calls", JSON, call("nope", "A",
                        "2099-01-01T12:00:00Z"), 422, "programmeId"),
                refused("call with a deadline past", "POST", "/api/calls", JSON, call("{programme-id}", "A",
                        "2020-01-01T12:00:00Z"), 422, "deadline"),
                refused("call in an area the programme lacks", "POST", "/api/calls", JSON, call("{programme-id}",
                        "Z", "2099-01-01T12:00:00Z"), 422, "fundingArea"),
                refused("call deadline without time zone", "POST", "/api/calls", JSON, call("{programme-id}", "A",
                        "2099-01-01T12:00"), 400, "deadline"),
                refused("proposal to an unknown call", "POST", "/api/calls/nope/proposals", JSON,
                        proposal("36", "{}"), 404, null),
                refused("proposal running no months", "POST", "{open}/proposals", JSON, proposal("0", "{}"), 400,
                        "durationMonths"),
                refused("proposal with an unknown indicator", "POST", "{open}/proposals", JSON,
                        proposal("36", "{\"HAPPINESS\":3}"), 422, "plannedIndicators"),
                refused("proposal with a negative indicator", "POST", "{open}/proposals", JSON,
                        proposal("36", "{\"PARTICIPANTS\":-3}"), 400, null),
                refused("selection while the call takes proposals", "POST", "{open}/selection", JSON,
                        "{\"resolutionId\":\"r-1\",\"selected\":[]}", 409, null),
                refused("selection without its list", "POST", "{open}/selection", JSON,
                        "{\"resolutionId\":\"r-1\"}", 400, "selected"),
                refused("unknown call", "GET", "/api/calls/nope", null, null, 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void bad_call_input_is_refused_and_stores_nothing(BadInput input) throws Exception {
        assertRefused(input);
    }

    /** Projects, their results and the results catalogue. */
    static Stream<BadInput> projects() {
        return Stream.of(
                refused("result of an unknown project", "POST", "/api/projects/nope/results", JSON,
                        result("2026-01-01", "2026-06-30", "{\"PARTICIPANTS\":4}", "NETWORK", "null"), 404, null),
                refused("result period ending before it starts", "POST", "{project}/results", JSON,
                        result("2026-06-30", "2026-01-01", "{\"PARTICIPANTS\":4}", "NETWORK", "null"), 422,
                        "periodTo"),
                refused("result for an unknown audience", "POST", "{project}/results", JSON,
                        result("2026-01-01", "2026-06-30", "{\"PARTICIPANTS\":4}", "EVERYBODY", "null"), 400,
                        "audience"),
                refused("result in an unknown indicator", "POST", "{project}/results", JSON,
                        result("2026-01-01", "2026-06-30", "{\"HAPPINESS\":4}", "NETWORK", "null"), 422,
                        "indicators"),
                refused("an indicator value of a billion digits", "POST", "{project}/results", JSON,
                        result("2026-01-01", "2026-06-30", "{\"PARTICIPANTS\":1e999999999}", "NETWORK", "null"), 400,
                        null),
                refused("an indicator value with seven decimals", "POST", "{project}/results", JSON,
                        result("2026-01-01", "2026-06-30", "{\"PARTICIPANTS\":0.0000001}", "NETWORK", "null"), 400,
                        null),
                refused("participants in fractions", "POST", "{project}/results", JSON,
                        result("2026-01-01", "2026-06-30", "{\"PARTICIPANTS\":4.5}", "NETWORK", "null"), 422,
                        "indicators"),
                refused("correction of a missing result", "POST", "{project}/results", JSON,
                        result("2026-01-01", "2026-06-30", "{\"PARTICIPANTS\":4}", "NETWORK", "\"r-none\""), 422,
                        "corrects"),
                refused("attachment without a SHA-256", "POST", "{project}/results", JSON,
                        "{\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-06-30\",\"indicators\":{},"
                                + "\"narrative\":\"N\",\"audience\":\"REGION\",\"attachments\":[{\"name\":\"B\","
                                + "\"reference\":\"https://dms.example/b.pdf\",\"sha256\":\"abc\"}]}", 400,
                        "attachments[0].sha256"),
                refused("completion in the future", "POST", "{project}/completion", JSON,
                        "{\"completedOn\":\"2099-01-01\",\"finalReport\":\"Bericht\"}", 422, "completedOn"),
                refused("unknown project", "GET", "/api/projects/nope", null, null, 404, null),
                refused("catalogue page of no results", "GET", "/api/results?size=0", null, null, 422, "size"),
                refused("catalogue page before the first", "GET", "/api/results?page=-1", null, null, 422, "page"),
                refused("catalogue of an unknown indicator", "GET", "/api/results?indicator=HAPPINESS", null, null,
                        422, "indicator"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void bad_project_input_is_refused_and_stores_nothing(BadInput input) throws Exception {
        assertRefused(input);
    }

    /** Target agreements, their reviews and the controlling. */
    static Stream<BadInput> targetAgreements() {
        return Stream.of(
                refused("target agreement ending before it starts", "POST", "/api/target-agreements", JSON,
                        targetAgreement("2027-12-31", "2027-01-01", "PARTICIPANTS", "100", null), 422, "to"),
                refused("target agreement of an unknown region", "POST", "/api/target-agreements", JSON,
                        targetAgreement("2027-01-01", "2027-12-31", "PARTICIPANTS", "100", null)
                                .replace("15089", "15999"), 422, "regionKey"),
                refused("target for an unknown indicator", "POST", "/api/target-agreements", JSON,
                        targetAgreement("2027-01-01", "2027-12-31", "HAPPINESS", "100", null), 422, "targets"),
                refused("negative target", "POST", "/api/target-agreements", JSON,
                        targetAgreement("2027-01-01", "2027-12-31", "PARTICIPANTS", "-1", null), 400,
                        "targets[0].value"),
                refused("target of a billion digits", "POST", "/api/target-agreements", JSON,
                        targetAgreement("2027-01-01", "2027-12-31", "PARTICIPANTS", "1e999999999", null), 400, null),
                refused("milestone outside the period", "POST", "/api/target-agreements", JSON,
                        targetAgreement("2027-01-01", "2027-12-31", "PARTICIPANTS", "100", "2028-01-01"), 422,
                        "targets"),
                refused("target overlapping the region's other agreement", "POST", "/api/target-agreements", JSON,
                        targetAgreement("2026-07-01", "2027-06-30", "PARTICIPANTS", "10", null), 409, null),
                refused("signature of an unknown target agreement", "POST", "/api/target-agreements/nope/signatures",
                        JSON, "{\"party\":\"Salzlandkreis\"}", 404, null),
                refused("signature of a stranger", "POST", "{targets}/signatures", JSON,
                        "{\"party\":\"Börde\",\"signedOn\":\"2026-01-05\"}", 422, "party"),
                refused("signature in the future", "POST", "{targets}/signatures", JSON,
                        "{\"party\":\"Salzlandkreis\",\"signedOn\":\"2099-01-05\"}", 422, "signedOn"),
                refused("amendment of a target agreement not in force", "POST", "{targets}/amendments", JSON,
                        "{\"targets\":[{\"indicator\":\"PARTICIPANTS\",\"value\":80}],\"reason\":\"R\"}", 409, null),
                refused("review of a target agreement not in force", "POST", "{targets}/reviews", JSON,
                        "{\"date\":\"2026-07-01\",\"assessment\":\"ON_TRACK\"}", 409, null),
                refused("review in the future", "POST", "{targets}/reviews", JSON,
                        "{\"date\":\"2099-07-01\",\"assessment\":\"ON_TRACK\"}", 422, "date"),
                refused("review with an unknown assessment", "POST", "{targets}/reviews", JSON,
                        "{\"date\":\"2026-07-01\",\"assessment\":\"FINE\"}", 400, "assessment"),
                refused("review of an unknown target agreement", "POST", "/api/target-agreements/nope/reviews", JSON,
                        "{\"date\":\"2026-07-01\",\"assessment\":\"ON_TRACK\"}", 404, null),
                refused("target agreements of no period", "GET", "/api/target-agreements?period=spring", null, null,
                        422, "period"),
                refused("controlling of no year", "GET", "/api/network/controlling?period=2026-13", null, null, 422,
                        "period"),
                refused("controlling sorted by no column", "GET", "/api/network/controlling?sort=colour", null, null,
                        422, "sort"),
                refused("controlling as CSV of no year", "GET-CSV", "/api/network/controlling?period=x", null, null,
                        422, "period"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetAgreements")
    void bad_target_agreement_input_is_refused_and_stores_nothing(BadInput input) throws Exception {
        assertRefused(input);
    }

    private static String targetAgreement(String from, String to, String indicator, String value, String milestone) {
        return "{\"regionKey\":\"15089\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"parties\":"
                + "[\"Regio-Netzwerkstelle\",\"Salzlandkreis\"],\"targets\":[{\"indicator\":\"" + indicator
                + "\",\"value\":" + value + (milestone == null ? "" : ",\"milestones\":[{\"date\":\"" + milestone
                + "\",\"value\":40}]") + "}]}";
    }

    private static String programme(String from, String to, String budget, String area) {
        return "{\"name\":\"REGIO AKTIV\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"budgetEuro\":" + budget
                + ",\"fundingAreas\":[{\"code\":\"" + area + "\",\"title\":\"Aktive Eingliederung\"}]}";
    }

    private static String call(String programme, String area, String deadline) {
        return "{\"regionKey\":\"15089\",\"programmeId\":\"" + programme + "\",\"fundingArea\":\"" + area
                + "\",\"title\":\"Aufruf\",\"budgetEuro\":1000,\"deadline\":\"" + deadline + "\"}";
    }

    private static String proposal(String months, String indicators) {
        return "{\"sponsor\":\"Bildungswerk Salzland\",\"title\":\"V\",\"summary\":\"S\",\"requestedEuro\":10,"
                + "\"durationMonths\":" + months + ",\"plannedIndicators\":" + indicators + "}";
    }

    private static String result(String from, String to, String indicators, String audience, String corrects) {
        return "{\"periodFrom\":\"" + from + "\",\"periodTo\":\"" + to + "\",\"indicators\":" + indicators
                + ",\"narrative\":\"Bericht\",\"audience\":\"" + audience + "\",\"corrects\":" + corrects + "}";
    }

    private static String resolution(String date, String votes) {
        return "{\"date\":\"" + date + "\",\"agendaItem\":\"TOP 1\",\"motion\":\"M\","
                + "\"present\":[\"{member}\"]," + votes + "}";
    }

    private static String priorities(String from, String to, String fundingArea) {
        return "{\"from\":\"" + from + "\",\"to\":" + (to == null ? "null" : "\"" + to + "\"")
                + ",\"resolutionId\":\"r-unknown\",\"priorities\":[{\"title\":\"Fachkräftesicherung\","
                + "\"fundingAreas\":[\"" + fundingArea + "\"]}]}";
    }

    /**
     * One case: what is sent, the status expected and the field the problem names ({@code null}: none in
     * particular). Shown by its name.
     */
    record BadInput(String name, String method, String path, String contentType, String body, int status,
                    String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static BadInput refused(String name, String method, String path, String contentType, String body,
                                    int status, String field) {
        return new BadInput(name, method, path, contentType, body, status, field);
    }

    private void assertRefused(BadInput input) throws Exception {
        var name = input.name();
        var path = input.path();
        var body = input.body();
        var status = input.status();
        var field = input.field();
        long eventsBefore = storedEvents();
        for (var target : agreements.entrySet()) {
            path = path.replace(target.getKey(), target.getValue());
        }
        for (var target : funding.entrySet()) {
            path = path.replace(target.getKey(), target.getValue());
        }
        var response = send(input.method(), path.replace("{wg}", workingGroup).replace("{member}", member)
                .replace("{news}", news).replace("{event}", event), input.contentType(),
                body == null ? null : body.replace("{member}", member)
                        .replace("{programme-id}", Funding.idOf(funding.get("{programme}"))));

        assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(name).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).as(name).isNotBlank();
        if (field != null) {
            assertThat(problem.get("errors")).as(name + ": " + response.body()).isNotNull();
            assertThat(problem.get("errors").findValuesAsString("field")).as(name)
                    .contains(field.replace("{member}", member));
        }
        assertThat(storedEvents()).as(name + " stored nothing").isEqualTo(eventsBefore);
    }

    private ApiClient.Response send(String method, String path, String contentType, String body) throws Exception {
        var bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return switch (method) {
            case "POST-CHUNKED" -> chunked(path, bytes);
            case "POST-IDEMPOTENT" -> api.raw("POST", path, contentType, bytes, "Idempotency-Key", "k-1");
            case "PUT-STALE" -> api.raw("PUT", path, contentType, bytes, "If-Match", "\"0\"");
            case "POST-STALE" -> api.raw("POST", path, contentType, bytes, "If-Match", "\"0\"");
            case "PUT-GARBAGE" -> api.raw("PUT", path, contentType, bytes, "If-Match", "\"latest\"");
            case "GET" -> api.get(path);
            case "GET-CSV" -> api.get(path, "Accept", "text/csv");
            case "DELETE" -> api.delete(path);
            default -> api.raw(method, path, contentType, bytes);
        };
    }

    private ApiClient.Response chunked(String path, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", JSON)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        return new ApiClient.Response(response.statusCode(), response.headers().map(), response.body());
    }

    /** The JSON to draft an agreement; {@code validUntil} as JSON ({@code null} or a quoted date). */
    private static String agreement(String scope, String parties, String hash, String validFrom, String validUntil) {
        return "{\"title\":\"REGIO AKTIV\"," + scope + ",\"parties\":" + parties + ",\"documentSha256\":"
                + (hash == null ? "null" : "\"" + hash + "\"") + ",\"validFrom\":\"" + validFrom
                + "\",\"validUntil\":" + validUntil + "}";
    }

    private long storedEvents() {
        try (var stream = events.readEvents(null, false)) {
            return stream.count();
        }
    }
}
