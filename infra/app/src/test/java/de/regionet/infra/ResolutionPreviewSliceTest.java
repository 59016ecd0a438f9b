package de.regionet.infra;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator's meeting page asks what a resolution would decide before saving it: the working group judges it
 * by the rules recording it would apply and answers quorum, counts and outcome, or the problem recording it would
 * give; its stream gains no event.
 */
@RegioNetTest
class ResolutionPreviewSliceTest {

    private static final AtomicInteger REGIONS = new AtomicInteger(99416);

    @LocalServerPort
    int port;

    @Autowired
    EventStore store;

    private ApiClient office;
    private Rak rak;
    private String wg;

    @BeforeEach
    void constitute() {
        office = new ApiClient(port).as(TestUsers.OFFICE);
        var region = String.valueOf(REGIONS.getAndIncrement());
        assertThat(office.post("/api/regions", """
                {"key":"%s","name":"Landkreis %s","kind":"DISTRICT"}""".formatted(region, region)).status())
                .isEqualTo(201);
        rak = Rak.constitute(office, region, "Landkreis " + region);
        wg = "/api/working-groups/" + rak.id();
    }

    private String meeting(String subject, String present, String votes, String recusals) {
        return """
                {"date":"2022-09-14","agendaItem":"TOP 3","motion":"Der RAK beschließt ...","subject":%s,
                 "present":[%s],"votes":{%s},"recusals":[%s]}""".formatted(subject, present, votes, recusals);
    }

    private String members(String... organisations) {
        var quoted = new StringBuilder();
        for (var organisation : organisations) {
            quoted.append(quoted.isEmpty() ? "" : ",").append('"').append(rak.member(organisation)).append('"');
        }
        return quoted.toString();
    }

    private String vote(String organisation, String vote) {
        return "\"" + rak.member(organisation) + "\":\"" + vote + "\"";
    }

    private long eventsInStream() {
        return store.readEvents(rak.id()).asStream().count();
    }

    @Test
    void a_preview_answers_quorum_counts_and_outcome_and_stores_nothing() {
        var seat = rak.members().keySet().iterator().next();
        var body = meeting("null", members(seat, "Agentur", "Jobcenter", "IHK", "Gleichstellung"),
                String.join(",", vote(seat, "YES"), vote("Agentur", "YES"), vote("Jobcenter", "NO"),
                        vote("IHK", "ABSTAIN")), "");
        var before = eventsInStream();

        var preview = office.post(wg + "/resolutions/preview", body, "Idempotency-Key", "preview-1");

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        var answer = preview.json();
        assertThat(answer.get("quorate").asBoolean()).isTrue();
        assertThat(answer.get("votingMembers").asInt()).isEqualTo(5);
        assertThat(answer.get("takingPart").asInt()).isEqualTo(4);
        assertThat(answer.get("quorumNeeded").asInt()).isEqualTo(3);
        assertThat(answer.get("yes").asInt()).isEqualTo(2);
        assertThat(answer.get("no").asInt()).isEqualTo(1);
        assertThat(answer.get("abstain").asInt()).isEqualTo(1);
        assertThat(answer.get("outcome").asString()).isEqualTo("ADOPTED");
        assertThat(answer.get("majority").asString()).isEqualTo("SIMPLE");
        assertThat(eventsInStream()).isEqualTo(before);

        var recorded = office.post(wg + "/resolutions", body, "Idempotency-Key", "preview-1");
        assertThat(recorded.status()).as("the preview claimed no idempotency key: " + recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("outcome").asString()).isEqualTo("ADOPTED");
        assertThat(eventsInStream()).isEqualTo(before + 1);
    }

    @Test
    void an_inquorate_meeting_is_previewed_as_inquorate_where_recording_it_is_refused() {
        var body = meeting("{\"type\":\"PROPOSAL\",\"id\":\"p-17\",\"sponsors\":[\"Bildungswerk Salzland\"]}",
                members("Agentur", "Jobcenter", "Bildungswerk Salzland"),
                String.join(",", vote("Agentur", "YES"), vote("Jobcenter", "YES")),
                "{\"memberId\":\"" + rak.member("Bildungswerk Salzland") + "\",\"reason\":\"Träger\"}");
        var before = eventsInStream();

        var preview = office.post(wg + "/resolutions/preview", body);

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("quorate").asBoolean()).isFalse();
        assertThat(preview.json().get("takingPart").asInt()).isEqualTo(2);
        assertThat(preview.json().get("quorumNeeded").asInt()).isEqualTo(3);
        assertThat(preview.json().get("outcome").asString()).isEqualTo("INQUORATE");
        assertThat(preview.json().get("recusals").get(0).get("memberId").asString())
                .isEqualTo(rak.member("Bildungswerk Salzland"));
        assertThat(office.post(wg + "/resolutions", body).status()).isEqualTo(422);
        assertThat(eventsInStream()).isEqualTo(before);
    }

    @Test
    void a_resolution_recording_would_refuse_is_refused_by_the_preview_with_the_same_problem() {
        var body = meeting("{\"type\":\"PROPOSAL\",\"id\":\"p-17\",\"sponsors\":[\"Bildungswerk Salzland\"]}",
                members("Agentur", "Jobcenter", "IHK", "Bildungswerk Salzland"),
                String.join(",", vote("Agentur", "YES"), vote("Jobcenter", "YES")), "");
        var before = eventsInStream();

        var preview = office.post(wg + "/resolutions/preview", body);
        var recording = office.post(wg + "/resolutions", body);

        assertThat(preview.status()).isEqualTo(422);
        assertThat(preview.contentType()).startsWith("application/problem+json");
        assertThat(preview.json().get("errors").findValuesAsString("field")).containsExactly("recusals");
        for (var member : new String[]{"type", "title", "status", "detail", "errors"}) {
            assertThat(preview.json().get(member)).as(member).isEqualTo(recording.json().get(member));
        }
        assertThat(eventsInStream()).isEqualTo(before);
    }

    @Test
    void a_coordinator_of_another_region_may_not_preview() {
        var body = meeting("null", members("Agentur", "Jobcenter", "IHK"), vote("Agentur", "YES"), "");

        var preview = new ApiClient(port).as(TestUsers.COORDINATOR_DESSAU).post(wg + "/resolutions/preview", body);

        assertThat(preview.status()).isEqualTo(403);
        assertThat(new ApiClient(port).as(TestUsers.SPONSOR).post(wg + "/resolutions/preview", body).status())
                .isEqualTo(403);
    }
}
