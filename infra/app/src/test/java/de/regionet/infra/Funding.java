package de.regionet.infra;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Programmes, calls and projects set up over HTTP by the network office, for tests that need them in numbers: calls
 * whose deadline has passed, projects launched by one selection. Proposals are Bildungswerk Salzland's.
 */
public final class Funding {

    static final String SPONSOR = "Bildungswerk Salzland";

    private final ApiClient office;
    private String programme;

    public Funding(ApiClient office) {
        this.office = office;
    }

    /** REGIO AKTIV with funding area A, launched once. */
    public String programme() {
        if (programme == null) {
            var launched = office.post("/api/programmes", """
                    {"name":"REGIO AKTIV","from":"2021-01-01","to":"2027-12-31","budgetEuro":140000000,
                     "fundingAreas":[{"code":"A","title":"Aktive Eingliederung","from":"2022-06-21"}]}""");
            assertThat(launched.status()).as(launched.body()).isEqualTo(201);
            programme = launched.json().get("id").asString();
        }
        return programme;
    }

    /** A call in area A of {@code regionKey}, open until {@code deadline}; answers its path. */
    public String call(String regionKey, Instant deadline) {
        var opened = office.post("/api/calls", """
                {"regionKey":"%s","programmeId":"%s","fundingArea":"A","title":"Aufruf","budgetEuro":10000000,
                 "deadline":"%s","criteria":[]}""".formatted(regionKey, programme(),
                deadline.truncatedTo(ChronoUnit.MILLIS)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.header("Location");
    }

    /** A proposal of Bildungswerk Salzland to {@code call}; answers its id. */
    public String propose(String call) {
        var proposed = office.post(call + "/proposals", """
                {"sponsor":"%s","title":"Vorschlag","summary":"Kurz","requestedEuro":10000,"durationMonths":36}"""
                .formatted(SPONSOR));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }

    /**
     * A deadline that leaves time for {@code requests} requests before it, also on a slow, busy machine: the calls
     * of these tests must take their proposals before they close.
     */
    public static Instant deadlineAfter(int requests) {
        return Instant.now().plusMillis(3000 + 250L * requests);
    }

    /** {@code count} calls of {@code regionKey} with one proposal each, their deadline passed; their paths. */
    public List<String> closedCalls(String regionKey, int count) {
        var deadline = deadlineAfter(2 * count);
        var calls = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var call = call(regionKey, deadline);
            propose(call);
            calls.add(call);
        }
        calls.forEach(this::awaitClosed);
        return calls;
    }

    /**
     * {@code count} projects of {@code regionKey}, launched by one selection that {@code resolve} (a call id to the id
     * of an adopted resolution about it) decided; answers their paths.
     */
    public List<String> projects(String regionKey, int count, Function<String, String> resolve) {
        var deadline = deadlineAfter(count + 1);
        var call = call(regionKey, deadline);
        var selected = new StringBuilder();
        for (int i = 0; i < count; i++) {
            selected.append(i == 0 ? "" : ",").append("{\"proposalId\":\"").append(propose(call))
                    .append("\",\"amountEuro\":10000}");
        }
        awaitClosed(call);
        var selection = office.post(call + "/selection", "{\"resolutionId\":\"" + resolve.apply(idOf(call))
                + "\",\"selected\":[" + selected + "],\"notSelected\":[]}");
        assertThat(selection.status()).as(selection.body()).isEqualTo(200);
        var projects = new ArrayList<String>();
        selection.json().get("projects").forEach(project -> projects.add(project.get("href").asString()));
        projects.forEach(project -> await().atMost(Duration.ofSeconds(10))
                .until(() -> office.get(project).status() == 200));
        return projects;
    }

    public static String idOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Waits until the read model shows {@code call} closed. */
    public void awaitClosed(String call) {
        await().atMost(Duration.ofSeconds(30)).until(() -> office.get(call).json().path("status").asString("")
                .equals("CLOSED"));
    }
}
