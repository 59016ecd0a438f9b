package de.regionet.infra.processing;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import de.regionet.query.workinggroup.WorkingGroupProjection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events that wait for a read model reach it in one processor batch, and the batch costs the read model one read
 * and one update of each document it changes, however many events changed it: the working group's processor is
 * stopped, members are admitted, the processor is started again, and the store commands on its collections are
 * counted ({@code regionet.store.commands}).
 */
@RegioNetTest
class BatchRoundTripsTest {

    private static final String REGION = "99561";
    private static final String METER = "regionet.store.commands";
    private static final int ADMISSIONS = 12;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void admissions_handled_in_one_batch_cost_the_working_group_one_read_and_one_update() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(office.post("/api/regions", """
                {"key":"%s","name":"Landkreis Stapel","kind":"DISTRICT"}""".formatted(REGION)).status())
                .isEqualTo(201);
        var group = office.post("/api/working-groups", """
                {"regionKey":"%s","name":"RAK Stapel","establishedOn":"2021-01-01"}""".formatted(REGION))
                .json().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> office.get("/api/working-groups/" + group).status() == 200);

        var processor = processing.eventProcessor(WorkingGroupProjection.NAME, TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        double finds;
        double updates;
        double snapshots;
        try {
            for (int member = 0; member < ADMISSIONS; member++) {
                var admitted = office.post("/api/working-groups/" + group + "/members", """
                        {"organisation":"Mitglied %d","category":"OTHER","admittedOn":"2022-07-01"}"""
                        .formatted(member));
                assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
            }
            finds = count("find", "working_groups");
            updates = count("update", "working_groups");
            snapshots = count("update", "working_groups_known");
        } finally {
            processor.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("update", "working_groups") > updates
                && processor.processingStatus().values().stream().allMatch(status -> status.isCaughtUp()));

        assertThat(count("find", "working_groups") - finds).as("the group read once").isEqualTo(1);
        assertThat(count("update", "working_groups") - updates).as("the members pushed in one update").isEqualTo(1);
        assertThat(count("update", "working_groups_known") - snapshots)
                .as("every version's snapshot in one bulk write").isEqualTo(1);
        assertThat(office.get("/api/working-groups/" + group).json().get("members").size()).isEqualTo(ADMISSIONS);
    }

    private double count(String command, String collection) {
        return meters.find(METER).tag("command", command).tag("collection", collection).counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }
}
