package de.regionet.infra;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The backbone slice as clients see it: the network office registers a region, the region's coordinator sets up
 * its working group, admits members, sets the coordination office, reads everything back, watches it happen on the
 * region's live topic, and is refused on a stale version.
 */
@RegioNetTest
class WorkingGroupSliceTest {

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    @Test
    void a_region_its_working_group_members_and_coordination_go_from_command_to_query_and_live_feed()
            throws Exception {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var coordinator = new ApiClient(port).token(TestUsers.COORDINATOR_SALZLAND);
        var api = new ApiClient(port).withToken(coordinator);
        try (var feed = StompFeed.subscribe(port, "/topic/regions.15089", broker, coordinator)) {
            var region = office.post("/api/regions", """
                    {"key":"15089","name":"Salzlandkreis","kind":"DISTRICT"}""");
            assertThat(region.status()).isEqualTo(201);
            assertThat(region.header("Location")).isEqualTo("/api/regions/15089");

            var group = api.post("/api/working-groups", """
                    {"regionKey":"15089","name":"RAK Salzlandkreis","establishedOn":"2021-01-01"}""");
            assertThat(group.status()).isEqualTo(201);
            var groupId = group.json().get("id").asString();
            assertThat(group.header("Location")).isEqualTo("/api/working-groups/" + groupId);
            assertThat(group.header("ETag")).isEqualTo(etag(0));

            var jobCentre = api.post("/api/working-groups/" + groupId + "/members", """
                    {"organisation":"Jobcenter Salzlandkreis","category":"JOB_CENTRE","admittedOn":"2022-07-01"}""",
                    "If-Match", etag(0));
            assertThat(jobCentre.status()).isEqualTo(201);
            assertThat(jobCentre.header("ETag")).isEqualTo(etag(1));
            var agency = api.post("/api/working-groups/" + groupId + "/members", """
                    {"organisation":"Agentur für Arbeit Bernburg","category":"EMPLOYMENT_AGENCY"}""",
                    "If-Match", etag(1));
            assertThat(agency.status()).isEqualTo(201);

            var coordination = api.put("/api/working-groups/" + groupId + "/coordination", """
                    {"organisation":"REKO Salzlandkreis","from":"2022-07-01","to":"2028-06-30"}""",
                    "If-Match", etag(2));
            assertThat(coordination.status()).isEqualTo(204);
            assertThat(coordination.header("ETag")).isEqualTo(etag(3));

            var stale = api.put("/api/working-groups/" + groupId + "/coordination", """
                    {"organisation":"Someone else","from":"2022-07-01","to":null}""", "If-Match", etag(2));
            assertThat(stale.status()).isEqualTo(412);
            assertThat(stale.contentType()).startsWith("application/problem+json");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                var read = api.get("/api/working-groups/" + groupId);
                assertThat(read.status()).isEqualTo(200);
                assertThat(read.header("ETag")).isEqualTo(etag(3));
                var view = read.json();
                assertThat(view.get("regionKey").asString()).isEqualTo("15089");
                assertThat(view.get("members")).hasSize(2);
                assertThat(view.get("coordination").get("organisation").asString()).isEqualTo("REKO Salzlandkreis");
                assertThat(view.get("coordination").get("to").asString()).isEqualTo("2028-06-30");
            });
            assertThat(api.get("/api/regions/15089").json().get("workingGroupId").asString()).isEqualTo(groupId);
            assertThat(api.get("/api/working-groups?region=15089").json()).hasSize(1);
            var overview = StreamSupport.stream(api.get("/api/network/overview").json().spliterator(), false)
                    .filter(row -> row.get("regionKey").asString().equals("15089")).findFirst().orElseThrow();
            assertThat(overview.get("workingGroup").get("members").asInt()).isEqualTo(2);
            assertThat(overview.get("workingGroup").get("membersByCategory").get("JOB_CENTRE").asInt()).isEqualTo(1);

            var messages = feed.take(6, Duration.ofSeconds(10));
            assertThat(messages).extracting(message -> message.get("type")).containsExactly(
                    "RegionRegistered", "WorkingGroupAttached", "WorkingGroupEstablished",
                    "MemberAdmitted", "MemberAdmitted", "CoordinationSet");
            assertThat(messages).allSatisfy(message -> {
                assertThat(message.get("regionKey")).isEqualTo("15089");
                assertThat(message).containsKeys("aggregateId", "version", "position", "time", "payload");
                assertThat(message.get("position")).as("the event's global position").isInstanceOf(Number.class);
            });
            assertThat(messages).extracting(message -> ((Number) message.get("position")).longValue())
                    .as("positions increase along the feed").isSorted().doesNotHaveDuplicates();
            var coordinationSet = messages.get(5);
            assertThat(coordinationSet.get("aggregateId")).isEqualTo(groupId);
            assertThat(coordinationSet.get("version")).isEqualTo(3);
            assertThat(((Map<?, ?>) coordinationSet.get("payload")).get("organisation")).isEqualTo("REKO Salzlandkreis");
            assertThat(feed.take(1, Duration.ofMillis(300))).as("nothing for the refused command").isEqualTo(List.of());
        }
    }
}
