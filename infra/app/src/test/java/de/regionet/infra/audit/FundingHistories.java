package de.regionet.infra.audit;

import de.regionet.infra.ApiClient;
import de.regionet.infra.Funding;
import de.regionet.infra.Rak;
import de.regionet.infra.TestUsers;
import de.regionet.infra.audit.StateAsOfPropertyTest.HistoryGenerator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import static de.regionet.infra.audit.StateAsOfPropertyTest.any;
import static de.regionet.infra.audit.StateAsOfPropertyTest.nextRegionKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Random histories of programmes, calls and projects for {@link StateAsOfPropertyTest}: amendments that fit and that
 * do not, calls whose deadline passes during their history (proposals before and after, selections refused and
 * recorded; a third of them state-wide, advised by their proposals' region and decided by the granting authority),
 * projects that record, correct and complete. Each call's region has its working group ({@link Rak}),
 * so a selection can be resolved.
 */
final class FundingHistories {

    private static final List<String> SPONSORS = List.of("Bildungswerk", "Volkshochschule", "Caritas", "Kolping");
    private static final List<String> AUDIENCES = List.of("REGION", "NETWORK", "PUBLIC");

    private final ApiClient office;
    private final ApiClient grantingAuthority;
    private final Funding funding;

    FundingHistories(ApiClient office) {
        this.office = office;
        this.grantingAuthority = office.as(TestUsers.GRANTING_AUTHORITY);
        this.funding = new Funding(office);
    }

    HistoryGenerator programmes() {
        return new HistoryGenerator() {
            @Override
            public String begin(Random random) {
                return launchProgramme();
            }

            @Override
            public void step(Random random, String id) {
                var day = LocalDate.of(2022 + random.nextInt(7), 1 + random.nextInt(12), 1);
                var area = (char) ('L' + random.nextInt(4));
                var amendment = switch (random.nextInt(3)) {
                    case 0 -> "\"addAreas\":[{\"code\":\"" + area + "\",\"title\":\"Bereich " + area + "\"}]";
                    case 1 -> "\"retitleAreas\":[{\"code\":\"A\",\"title\":\"Titel " + random.nextInt(100) + "\"}]";
                    default -> "\"closeAreas\":[\"" + any(random, List.of("K", "A", String.valueOf(area))) + "\"]";
                };
                office.post("/api/programmes/" + id + "/amendments", "{\"effectiveFrom\":\"" + day + "\","
                        + amendment + "}");
            }
        };
    }

    HistoryGenerator calls() {
        var groups = new ConcurrentHashMap<String, Group>();
        var stateDecided = new ConcurrentHashMap<String, String>();
        return new HistoryGenerator() {
            @Override
            public String begin(Random random) {
                var deadline = Instant.now().plusMillis(1500 + random.nextInt(1500));
                if (random.nextInt(3) == 0) {
                    var call = openStateWideCall(deadline);
                    stateDecided.put(call, nextRegionKey());
                    return call;
                }
                var group = constitute();
                var call = openCall(group, deadline);
                groups.put(call, group);
                return call;
            }

            @Override
            public void step(Random random, String call) {
                if (stateDecided.containsKey(call)) {
                    stateDecidedStep(random, call, stateDecided.get(call));
                    return;
                }
                switch (random.nextInt(4)) {
                    case 0, 1 -> propose(call, any(random, SPONSORS), 1000 + random.nextInt(100_000));
                    case 2 -> select(groups.get(call), call, random.nextBoolean());
                    default -> office.post("/api/calls/" + call + "/selection", "{\"resolutionId\":\"unknown\","
                            + "\"selected\":[],\"notSelected\":[]}");
                }
            }
        };
    }

    HistoryGenerator projects() {
        var results = new ConcurrentHashMap<String, List<String>>();
        return new HistoryGenerator() {
            @Override
            public String begin(Random random) {
                var group = constitute();
                var call = openCall(group, Instant.now().plusMillis(2000));
                propose(call, any(random, SPONSORS), 50_000);
                await().atMost(Duration.ofSeconds(15)).until(() -> select(group, call, true) == 200);
                var project = office.get("/api/calls/" + call).json().get("proposals").get(0).get("projectId");
                var id = project != null && !project.isNull() ? project.asString() : awaitProject(call);
                results.put(id, new ArrayList<>());
                return id;
            }

            @Override
            public void step(Random random, String project) {
                var recorded = results.get(project);
                var path = "/api/projects/" + project;
                if (random.nextInt(8) == 0) {
                    office.post(path + "/completion", "{\"finalReport\":\"Abschluss\"}");
                    return;
                }
                var corrects = recorded.isEmpty() || random.nextBoolean() ? "null"
                        : "\"" + (random.nextInt(4) == 0 ? "missing" : any(random, recorded)) + "\"";
                var answer = office.post(path + "/results", "{\"periodFrom\":\"2026-01-01\","
                        + "\"periodTo\":\"2026-06-30\","
                        + "\"indicators\":{\"PARTICIPANTS\":" + random.nextInt(200) + "},\"narrative\":\"Bericht "
                        + random.nextInt(100) + "\",\"audience\":\"" + any(random, AUDIENCES) + "\",\"corrects\":"
                        + corrects + "}");
                if (answer.status() == 201) {
                    recorded.add(answer.json().get("id").asString());
                }
            }
        };
    }

    /** A region with its working group, which can resolve about the region's calls. */
    private record Group(String regionKey, Rak rak) {
    }

    private Group constitute() {
        var key = nextRegionKey();
        assertThat(office.post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key
                + "\",\"kind\":\"DISTRICT\"}").status()).isEqualTo(201);
        return new Group(key, Rak.constitute(office, key, "Kreis " + key));
    }

    private String launchProgramme() {
        var launched = office.post("/api/programmes", "{\"name\":\"REGIO AKTIV\",\"from\":\"2021-01-01\","
                + "\"to\":\"2030-12-31\",\"budgetEuro\":140000000,\"fundingAreas\":[{\"code\":\"A\",\"title\":"
                + "\"Aktive Eingliederung\",\"from\":\"2022-06-21\"},{\"code\":\"K\",\"title\":\"Netzwerkstelle\"}]}");
        assertThat(launched.status()).as(launched.body()).isEqualTo(201);
        return launched.json().get("id").asString();
    }

    private String openCall(Group group, Instant deadline) {
        return Funding.idOf(funding.call(group.regionKey(), deadline));
    }

    /** A state-wide call of the network office, which its proposals' region advises on and the state decides. */
    private String openStateWideCall(Instant deadline) {
        var opened = office.post("/api/calls", """
                {"reach":"STATE_WIDE","procedure":"REGIONAL_ADVICE_STATE_DECISION","programmeId":"%s",
                 "fundingArea":"A","title":"Landesweit","budgetEuro":500000,"deadline":"%s"}"""
                .formatted(funding.programme(), deadline));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    /** A proposal in {@code region}, the region's advice on one, or the state's decision on one advised. */
    private void stateDecidedStep(Random random, String call, String region) {
        var path = "/api/calls/" + call;
        if (random.nextInt(3) == 0) {
            office.post(path + "/proposals", "{\"regionKey\":\"" + region + "\",\"sponsor\":\""
                    + any(random, SPONSORS) + "\",\"title\":\"Vorschlag\",\"summary\":\"Kurz\",\"requestedEuro\":"
                    + (1000 + random.nextInt(100_000)) + ",\"durationMonths\":24}");
            return;
        }
        var proposals = office.get(path).json().get("proposals");
        if (proposals == null || proposals.isEmpty()) {
            return;
        }
        var proposal = proposals.get(random.nextInt(proposals.size()));
        var id = proposal.get("id").asString();
        if (random.nextBoolean()) {
            office.post(path + "/advice", random.nextBoolean()
                    ? "{\"advice\":[{\"proposalId\":\"" + id + "\",\"recommended\":true,\"rank\":1,"
                    + "\"reason\":\"Gut\"}]}"
                    : "{\"advice\":[{\"proposalId\":\"" + id + "\",\"recommended\":false,\"reason\":\"Nein\"}]}");
        } else {
            grantingAuthority.post(path + "/funding-decisions", random.nextBoolean()
                    ? "{\"granted\":[{\"proposalId\":\"" + id + "\",\"funds\":[{\"fund\":\"ESF_PLUS\","
                    + "\"amountEuro\":500},{\"fund\":\"EFRE\",\"amountEuro\":" + (1 + random.nextInt(400)) + "}]}]}"
                    : "{\"refused\":[{\"proposalId\":\"" + id + "\",\"reason\":\"Mittel\"}]}");
        }
    }

    private void propose(String call, String sponsor, int euro) {
        office.post("/api/calls/" + call + "/proposals", "{\"sponsor\":\"" + sponsor + "\",\"title\":\"Vorschlag\","
                + "\"summary\":\"Kurz\",\"requestedEuro\":" + euro + ",\"durationMonths\":36}");
    }

    /**
     * Resolves the selection in the working group and records it: the first proposal selected (with all or part of
     * what it asked), the others not. Answers the selection's status (refused while the call is open).
     */
    private int select(Group group, String call, boolean wholeRequest) {
        var proposals = office.get("/api/calls/" + call).json().get("proposals");
        if (proposals == null || proposals.isEmpty()) {
            return 0;
        }
        var resolution = group.rak().resolveAboutCall(office, call);
        var selected = proposals.get(0);
        var amount = Math.min(selected.get("requestedEuro").asInt(), 100_000) / (wholeRequest ? 1 : 2);
        var notSelected = new StringBuilder();
        for (int i = 1; i < proposals.size(); i++) {
            notSelected.append(i > 1 ? "," : "").append("{\"proposalId\":\"")
                    .append(proposals.get(i).get("id").asString()).append("\",\"reason\":\"Budget\"}");
        }
        return office.post("/api/calls/" + call + "/selection", "{\"resolutionId\":\""
                + resolution + "\",\"selected\":[{\"proposalId\":\""
                + selected.get("id").asString() + "\",\"amountEuro\":" + amount + "}],\"notSelected\":["
                + notSelected + "]}").status();
    }

    private String awaitProject(String call) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            var project = office.get("/api/calls/" + call).json().get("proposals").get(0).get("projectId");
            return project != null && !project.isNull();
        });
        return office.get("/api/calls/" + call).json().get("proposals").get(0).get("projectId").asString();
    }
}
