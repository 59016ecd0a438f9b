package de.regionet.infra.processing;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import de.regionet.infra.TestUsers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What one command costs the store, counted by the driver's command listener ({@code regionet.store.commands}):
 * a member admitted to a working group, then every processor brought to the head of the store. The table of
 * commands per collection goes to {@code target/round-trips.md} (docs/read-side.md records it). Structure only:
 * the read models touched by the admission each take a bounded number of small updates and rewrite no document;
 * only the record-history snapshots ({@code <name>_known}) are whole documents, written once per version.
 */
@RegioNetTest
class RoundTripsTest {

    private static final String REGION = "99511";
    private static final String METER = "regionet.store.commands";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ProjectionOperations projections;

    @Test
    void a_member_admission_costs_each_read_model_a_few_small_updates_and_no_document_rewrite() throws IOException {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(office.post("/api/regions", """
                {"key":"%s","name":"Landkreis Rundreise","kind":"DISTRICT"}""".formatted(REGION)).status())
                .isEqualTo(201);
        var group = office.post("/api/working-groups", """
                {"regionKey":"%s","name":"RAK Rundreise","establishedOn":"2021-01-01"}""".formatted(REGION))
                .json().get("id").asString();
        admit(office, group, "Jobcenter Rundreise", "JOB_CENTRE");
        awaitHead(new AtomicInteger());
        var quiet = counts();
        var statusCost = delta(quiet, counts(() -> projections.status()));

        var before = counts();
        admit(office, group, "Agentur Rundreise", "EMPLOYMENT_AGENCY");
        var afterCommand = counts();
        var polls = new AtomicInteger();
        awaitHead(polls);
        var atHead = counts();
        var processors = minus(delta(afterCommand, atHead), statusCost, polls.get());
        var command = delta(before, afterCommand);
        var all = minus(delta(before, atHead), statusCost, polls.get());

        var report = table("command (HTTP request until the answer)", command)
                + table("processors (from the answer until every read model is at the head)", processors)
                + table("in all", all);
        System.out.println(report);
        Files.writeString(Path.of("target", "round-trips.md"), report);

        assertThat(total(all, key -> key.startsWith("update working_groups ")))
                .as("one $push on the working group, by its _id").isEqualTo(1);
        assertThat(total(all, key -> key.startsWith("find working_groups ")))
                .as("the guard's read of the document").isLessThanOrEqualTo(1);
        assertThat(total(all, key -> key.startsWith("update network_activity_")))
                .as("latest list, mark, counts").isEqualTo(3);
        assertThat(total(all, key -> key.startsWith("find network_activity_")))
                .as("the aggregate's counted mark, read by its _id").isEqualTo(1);
        assertThat(total(all, key -> key.endsWith(" rewrite") && !key.contains("_known ")))
                .as("no document rewritten but the record-history snapshots (one per read model keeping history)")
                .isZero();
        assertThat(total(all, key -> key.endsWith(" rewrite")))
                .as("the working group's and the decision log's snapshots").isEqualTo(2);
    }

    private static void admit(ApiClient office, String group, String organisation, String category) {
        var admitted = office.post("/api/working-groups/" + group + "/members", """
                {"organisation":"%s","category":"%s","admittedOn":"2022-07-01"}""".formatted(organisation, category));
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
    }

    /** Every processor that tracks a position has handled every stored event. */
    private void awaitHead(AtomicInteger polls) {
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    polls.incrementAndGet();
                    return projections.status().stream()
                            .allMatch(status -> status.lagEvents() == null || status.lagEvents() == 0);
                });
    }

    /** Commands sent so far, keyed {@code "<command> <collection> <operators|rewrite>"}. */
    private Map<String, Long> counts() {
        var counts = new TreeMap<String, Long>();
        meters.find(METER).counters().forEach(counter -> counts.merge(key(counter), (long) counter.count(),
                Long::sum));
        return counts;
    }

    private Map<String, Long> counts(Runnable between) {
        between.run();
        return counts();
    }

    private static String key(Counter counter) {
        var id = counter.getId();
        return id.getTag("command") + " " + id.getTag("collection") + " "
                + ("true".equals(id.getTag("rewrite")) ? "rewrite" : "operators");
    }

    private static Map<String, Long> delta(Map<String, Long> from, Map<String, Long> to) {
        var delta = new TreeMap<String, Long>();
        to.forEach((key, count) -> {
            long grown = count - from.getOrDefault(key, 0L);
            if (grown > 0) {
                delta.put(key, grown);
            }
        });
        return delta;
    }

    /** {@code counts} without what {@code polls} status reads of the test itself cost. */
    private static Map<String, Long> minus(Map<String, Long> counts, Map<String, Long> perPoll, int polls) {
        var result = new TreeMap<String, Long>();
        counts.forEach((key, count) -> {
            long left = count - perPoll.getOrDefault(key, 0L) * polls;
            if (left > 0) {
                result.put(key, left);
            }
        });
        return result;
    }

    private static long total(Map<String, Long> counts, Predicate<String> which) {
        return counts.entrySet().stream().filter(entry -> which.test(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static String table(String title, Map<String, Long> counts) {
        var table = new StringBuilder("\n### " + title + ": " + total(counts, key -> true) + " commands\n\n"
                + "| command | collection | kind | count |\n| --- | --- | --- | --- |\n");
        counts.forEach((key, count) -> {
            var parts = key.split(" ", -1);
            table.append("| ").append(parts[0]).append(" | ").append(parts[1]).append(" | ").append(parts[2])
                    .append(" | ").append(count).append(" |\n");
        });
        return table.toString();
    }
}
