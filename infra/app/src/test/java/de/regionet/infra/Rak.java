package de.regionet.infra;

import de.regionet.kernel.NetworkTime;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A working group constituted over HTTP as a region's coordination would: six members by organisation (the
 * municipality, the employment agency, the job centre, Bildungswerk Salzland, the IHK, the equal-opportunities
 * representative, all admitted 2022-07-01) and rules of procedure from that day under which all but the last vote.
 */
public record Rak(String id, Map<String, String> members) {

    public String member(String organisation) {
        return members.get(organisation);
    }

    public static Rak constitute(ApiClient api, String regionKey, String municipality) {
        return constitute(api, regionKey, municipality, "DECIDING");
    }

    /** The same members and rules in a working group of {@code kind} ({@code DECIDING} or {@code ADVISORY}). */
    public static Rak constitute(ApiClient api, String regionKey, String municipality, String kind) {
        var created = api.post("/api/working-groups", """
                {"regionKey":"%s","name":"RAK %s","establishedOn":"2021-01-01","kind":"%s"}"""
                .formatted(regionKey, municipality, kind));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().get("id").asString();
        var members = new LinkedHashMap<String, String>();
        for (var seat : List.of(List.of(municipality, "MUNICIPALITY"), List.of("Agentur", "EMPLOYMENT_AGENCY"),
                List.of("Jobcenter", "JOB_CENTRE"), List.of("Bildungswerk Salzland", "WELFARE_ASSOCIATION"),
                List.of("IHK", "BUSINESS"), List.of("Gleichstellung", "EQUAL_OPPORTUNITIES"))) {
            var organisation = seat.get(0).equals("IHK") ? "IHK Magdeburg" : seat.get(0);
            var admitted = api.post("/api/working-groups/" + id + "/members", """
                    {"organisation":"%s","category":"%s","admittedOn":"2022-07-01"}"""
                    .formatted(organisation, seat.get(1)));
            assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
            members.put(seat.get(0), admitted.json().get("id").asString());
        }
        var rules = api.put("/api/working-groups/" + id + "/rules", """
                {"validFrom":"2022-07-01","quorum":"MORE_THAN_HALF_OF_VOTING_MEMBERS","majority":"SIMPLE",
                 "votingCategories":["MUNICIPALITY","EMPLOYMENT_AGENCY","JOB_CENTRE","WELFARE_ASSOCIATION",
                                     "BUSINESS"]}""");
        assertThat(rules.status()).as(rules.body()).isEqualTo(204);
        return new Rak(id, members);
    }

    /**
     * Records an adopted resolution of this working group about a call, taken today: the municipality, the agency,
     * the job centre and the IHK present and voting yes, Bildungswerk Salzland (a sponsor) present and recused.
     * Answers its id.
     */
    public String resolveAboutCall(ApiClient api, String callId) {
        var voters = List.of(member(municipality()), member("Agentur"), member("Jobcenter"), member("IHK"));
        var votes = new StringBuilder();
        voters.forEach(voter -> votes.append(votes.isEmpty() ? "" : ",").append('"').append(voter)
                .append("\":\"YES\""));
        var recorded = api.post("/api/working-groups/" + id + "/resolutions", """
                {"date":"%s","agendaItem":"TOP 1","motion":"Der RAK wählt aus.","subject":{"type":"CALL","id":"%s"},
                 "present":["%s","%s"],"votes":{%s},
                 "recusals":[{"memberId":"%s","reason":"Träger eines Vorschlags"}]}""".formatted(NetworkTime.today(Clock.systemUTC()),
                callId, String.join("\",\"", voters), member("Bildungswerk Salzland"), votes,
                member("Bildungswerk Salzland")));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("id").asString();
    }

    /** The first seat is the municipality's, under the name it was constituted with. */
    private String municipality() {
        return members.keySet().iterator().next();
    }
}
