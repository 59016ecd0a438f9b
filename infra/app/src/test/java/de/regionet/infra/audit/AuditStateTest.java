package de.regionet.infra.audit;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 3 of issue 18: the audit's state of an aggregate is the view a person reads, with the events it was
 * built from; {@code asOf} asks for a day (valid time), {@code knownAt} for what the record said at an instant
 * (record time), and both together for what the record said then about that day.
 */
@RegioNetTest
class AuditStateTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    PersonalDataVault vault;

    @Test
    void the_state_is_the_view_a_person_reads_with_the_events_it_was_built_from() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        office.post("/api/regions", """
                {"key":"99341","name":"Kreis Audit","kind":"DISTRICT"}""");
        var groupId = office.post("/api/working-groups", """
                {"regionKey":"99341","name":"RAK Audit","establishedOn":"2022-01-01"}""").json().get("id").asString();
        var group = "/api/working-groups/" + groupId;
        assertThat(office.post(group + "/members", """
                {"organisation":"Jobcenter Audit","category":"JOB_CENTRE","admittedOn":"2022-07-01"}""")
                .status()).isEqualTo(201);
        assertThat(office.put(group + "/coordination", """
                {"organisation":"REKO Audit","from":"2022-07-01","to":"2027-12-31"}""").status()).isEqualTo(204);

        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        var state = auditor.get("/api/audit/streams/working-group/" + groupId + "/state");
        assertThat(state.status()).isEqualTo(200);
        var json = state.json();
        assertThat(json.get("type").asString()).isEqualTo("working-group");
        assertThat(json.get("id").asString()).isEqualTo(groupId);
        assertThat(json.get("version").asLong()).isEqualTo(2);
        var view = json.get("state");
        assertThat(names(view)).containsExactly("id", "regionKey", "name", "kind", "members", "coordination", "version");
        assertThat(view.get("name").asString()).isEqualTo("RAK Audit");
        assertThat(view.get("members").get(0).get("organisation").asString()).isEqualTo("Jobcenter Audit");
        assertThat(view.get("members").get(0).get("admittedOn").asString()).isEqualTo("2022-07-01");
        assertThat(view.get("coordination").get("organisation").asString()).isEqualTo("REKO Audit");
        assertThat(view.has("circulationsOpened")).as("no internal fields").isFalse();

        var events = list(json.get("events"));
        assertThat(events).extracting(event -> event.get("type").asString())
                .containsExactly("WorkingGroupEstablished", "MemberAdmitted", "CoordinationSet");
        assertThat(names(events.get(1))).containsExactly("position", "sequence", "type", "validOn", "recordedAt",
                "recordedLate");
        assertThat(events.get(1).get("recordedLate").asBoolean()).as("admitted in 2022, recorded now").isTrue();
        assertThat(events.get(1).get("sequence").asLong()).isEqualTo(1);
        assertThat(events.get(1).get("position").asLong()).isGreaterThan(events.get(0).get("position").asLong());
        assertThat(events.get(1).get("validOn").asString()).isEqualTo("2022-07-01");
        assertThat(Instant.parse(events.get(1).get("recordedAt").asString()))
                .as("recorded after the group, though valid long before")
                .isAfter(Instant.parse(events.get(0).get("recordedAt").asString()));
        assertThat(json.get("notYetValid")).isEmpty();

        var drafted = office.post("/api/agreements", """
                {"title":"Kooperation Audit","scope":"STATE","parties":[{"party":"Ministerium"},{"party":"Landkreistag"}],
                 "documentSha256":"%s","validFrom":"2022-01-01","validUntil":"2031-12-31"}"""
                .formatted("ab".repeat(32)));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        var agreement = drafted.json().get("id").asString();
        var agreementState = auditor.get("/api/audit/streams/cooperation-agreement/" + agreement + "/state").json();
        assertThat(agreementState.get("state").get("title").asString()).isEqualTo("Kooperation Audit");
        assertThat(agreementState.get("state").get("status").asString()).isEqualTo("DRAFT");
        assertThat(agreementState.get("state").get("parties").get(0).get("party").asString()).isEqualTo("Ministerium");
    }

    /**
     * A group founded (and recorded) on 1 June 2022 whose members, admitted on 1 July 2022, were entered only today:
     * on 1 August 2022 it had them (asOf), but the record of 1 August 2022 did not know them yet (knownAt).
     */
    @Test
    void as_of_a_day_counts_facts_recorded_late_and_known_at_an_instant_does_not() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        office.post("/api/regions", """
                {"key":"99342","name":"Kreis Spät","kind":"DISTRICT"}""");
        var groupId = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("WorkingGroup", groupId, 0,
                new WorkingGroupEstablished(new WorkingGroupId(groupId), new RegionKey("99342"), "RAK Spät"),
                Map.of(EventMetaData.PRINCIPAL, vault.userSubject(TestUsers.OFFICE).value(),
                        EventMetaData.REGION_KEY, "99342"),
                UUID.randomUUID().toString(), Instant.parse("2022-06-01T08:00:00Z")));
        var group = "/api/working-groups/" + groupId;
        for (var member : List.of("Jobcenter Spät:JOB_CENTRE", "Agentur Spät:EMPLOYMENT_AGENCY")) {
            var parts = member.split(":");
            assertThat(office.post(group + "/members", """
                    {"organisation":"%s","category":"%s","admittedOn":"2022-07-01"}""".formatted(parts[0], parts[1]))
                    .status()).isEqualTo(201);
        }
        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        var state = "/api/audit/streams/working-group/" + groupId + "/state";

        var onTheDay = auditor.get(state + "?asOf=2022-08-01");
        assertThat(onTheDay.status()).isEqualTo(200);
        assertThat(onTheDay.json().get("asOf").asString()).isEqualTo("2022-08-01");
        assertThat(organisations(onTheDay.json())).containsExactly("Jobcenter Spät", "Agentur Spät");
        assertThat(types(onTheDay.json().get("events")))
                .containsExactly("WorkingGroupEstablished", "MemberAdmitted", "MemberAdmitted");

        var knownThen = auditor.get(state + "?knownAt=2022-08-01");
        assertThat(knownThen.status()).isEqualTo(200);
        assertThat(knownThen.json().get("knownAt").asString()).isEqualTo("2022-08-01T21:59:59.999999999Z");
        assertThat(organisations(knownThen.json())).isEmpty();
        assertThat(types(knownThen.json().get("events"))).containsExactly("WorkingGroupEstablished");

        var bothTimes = auditor.get(state + "?asOf=2022-08-01&knownAt=" + encode("2022-12-31T12:00:00+01:00"));
        assertThat(organisations(bothTimes.json())).as("the record of 2022 knew nobody").isEmpty();
        assertThat(bothTimes.json().get("version").asLong()).isZero();

        var beforeAdmission = auditor.get(state + "?asOf=2022-06-15");
        assertThat(beforeAdmission.status()).isEqualTo(200);
        assertThat(organisations(beforeAdmission.json())).isEmpty();
        assertThat(types(beforeAdmission.json().get("events"))).containsExactly("WorkingGroupEstablished");
        var leftOut = list(beforeAdmission.json().get("notYetValid"));
        assertThat(types(beforeAdmission.json().get("notYetValid"))).containsExactly("MemberAdmitted",
                "MemberAdmitted");
        assertThat(leftOut.get(0).get("validOn").asString()).isEqualTo("2022-07-01");
        assertThat(leftOut.get(0).get("sequence").asLong()).isEqualTo(1);

        var beforeFounding = auditor.get(state + "?asOf=2022-05-31");
        assertThat(beforeFounding.status()).isEqualTo(404);
        assertThat(beforeFounding.json().get("detail").asString()).contains("existed yet on 2022-05-31")
                .contains("WorkingGroupEstablished");
        assertThat(auditor.get(state + "?knownAt=2022-05-31").status()).isEqualTo(404);
    }

    @Test
    void values_that_are_no_day_instant_or_version_are_refused_naming_the_parameter() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        office.post("/api/regions", """
                {"key":"99343","name":"Kreis Falsch","kind":"DISTRICT"}""");
        var auditor = new ApiClient(port).as(TestUsers.AUDITOR);
        var state = "/api/audit/streams/region/99343/state";

        var instantForADay = auditor.get(state + "?asOf=" + encode("2023-06-30T12:00:00Z"));
        assertThat(instantForADay.status()).isEqualTo(400);
        assertThat(instantForADay.contentType()).startsWith("application/problem+json");
        assertThat(instantForADay.json().get("errors").get(0).get("field").asString()).isEqualTo("asOf");
        assertThat(instantForADay.json().get("detail").asString()).contains("knownAt");
        assertField(auditor.get(state + "?asOf=yesterday"), "asOf");
        assertField(auditor.get(state + "?asOf=2023-02-30"), "asOf");
        assertField(auditor.get(state + "?knownAt=soon"), "knownAt");
        assertField(auditor.get(state + "?version=last"), "version");
        var negative = auditor.get(state + "?version=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("detail").asString()).contains("version");
        var both = auditor.get(state + "?version=0&knownAt=2030-01-01");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("detail").asString()).contains("knownAt").contains("version");
        assertThat(auditor.get(state + "?version=0&asOf=2099-01-01").status()).isEqualTo(200);
    }

    private static void assertField(ApiClient.Response answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static List<String> organisations(JsonNode state) {
        var names = new ArrayList<String>();
        state.get("state").get("members").forEach(member -> names.add(member.get("organisation").asString()));
        return names;
    }

    private static List<String> types(JsonNode events) {
        var types = new ArrayList<String>();
        events.forEach(event -> types.add(event.get("type").asString()));
        return types;
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    private static List<JsonNode> list(JsonNode array) {
        var result = new ArrayList<JsonNode>();
        array.forEach(result::add);
        return result;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
