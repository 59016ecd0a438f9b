package de.regionet.query.workinggroup;

import com.mongodb.client.MongoClient;
import de.regionet.infra.mongo.TestMongo;
import de.regionet.kernel.Period;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.CoordinationSet;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import de.regionet.query.readmodel.BatchWrites;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working-group read model changed by one small update per event ({@code $push}, {@code $pull}, {@code $set}
 * behind the version guard) reads exactly as the group's events folded ({@link WorkingGroupFold}) tell it: members
 * admitted, withdrawn and admitted again, coordinations set, and every version as recorded ({@code knownAt}); a
 * replayed or re-delivered event changes nothing. Projects into a database of its own on an embedded
 * server (in memory) or the tests' MongoDB (TestMongo), each event handled in a unit of work as its processor would.
 */
class WorkingGroupUpdatesTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final WorkingGroupId GROUP = new WorkingGroupId("wg-updates");

    private static TestMongo.Server server;
    private static MongoClient client;

    private WorkingGroupProjection projection;

    @BeforeAll
    static void startServer() {
        server = TestMongo.server("groups");
        client = server.client();
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @BeforeEach
    void freshDatabase() {
        projection = new WorkingGroupProjection(client.getDatabase(TestMongo.freshDatabase("groups")),
                new SimpleMeterRegistry());
    }

    @Test
    void members_admitted_withdrawn_and_readmitted_read_as_the_events_tell_at_every_recorded_version() {
        var events = history();
        events.forEach(this::deliver);

        assertThat(stored()).isEqualTo(WorkingGroupFold.view(events, null));
        assertThat(stored().members()).extracting(WorkingGroupView.Member::id)
                .containsExactly("m-agentur", "m-jobcenter-2");
        assertThat(stored().withdrawn()).extracting(former -> former.member().id())
                .containsExactly("m-jobcenter", "m-ihk");
        for (int version = 0; version < events.size(); version++) {
            var recorded = projection.groups().knownAt(GROUP.value(), events.get(version).getTimestamp());
            assertThat(recorded).as("as recorded at version " + version).isPresent();
            assertThat(recorded.get().document()).isEqualTo(WorkingGroupFold.view(events.subList(0, version + 1),
                    null));
        }
    }

    @Test
    void a_replayed_or_redelivered_event_changes_nothing() {
        var events = history();
        events.forEach(this::deliver);
        var before = stored();

        events.forEach(this::deliver);
        deliver(events.get(2));
        deliver(events.get(4));

        assertThat(stored()).isEqualTo(before);
        assertThat(stored().members()).hasSize(2);
    }

    @Test
    void the_whole_history_in_one_processor_batch_reads_as_delivered_one_by_one_and_again_changes_nothing() {
        var events = history();
        deliverInOneBatch(events);

        assertThat(stored()).isEqualTo(WorkingGroupFold.view(events, null));
        for (int version = 0; version < events.size(); version++) {
            var recorded = projection.groups().knownAt(GROUP.value(), events.get(version).getTimestamp());
            assertThat(recorded.orElseThrow().document()).as("as recorded at version " + version)
                    .isEqualTo(WorkingGroupFold.view(events.subList(0, version + 1), null));
        }
        var before = projection.groups().entries(null);

        deliverInOneBatch(events);
        deliverInOneBatch(events.subList(3, 6));

        assertThat(projection.groups().entries(null)).isEqualTo(before);
    }

    /** Established, three admitted, one withdrawn and admitted again under a new id, coordinations, one more out. */
    private static List<DomainEventMessage<?>> history() {
        var day = LocalDate.of(2024, 1, 10);
        var payloads = List.<Object>of(
                new WorkingGroupEstablished(GROUP, new RegionKey("99531"), "RAK Aktualisierung", day),
                admitted("m-jobcenter", "Jobcenter", StakeholderCategory.JOB_CENTRE, day),
                admitted("m-agentur", "Agentur", StakeholderCategory.EMPLOYMENT_AGENCY, day),
                admitted("m-ihk", "IHK", StakeholderCategory.BUSINESS, day.plusDays(1)),
                new MemberWithdrawn(GROUP, new MemberId("m-jobcenter"), day.plusDays(30)),
                new CoordinationSet(GROUP, "Koordination A", new Period(day, day.plusYears(1))),
                admitted("m-jobcenter-2", "Jobcenter", StakeholderCategory.JOB_CENTRE, day.plusDays(40)),
                new CoordinationSet(GROUP, "Koordination B", new Period(day.plusYears(1), null)),
                new MemberWithdrawn(GROUP, new MemberId("m-ihk"), day.plusDays(50)));
        var events = new ArrayList<DomainEventMessage<?>>();
        for (int version = 0; version < payloads.size(); version++) {
            events.add(new GenericDomainEventMessage<>("WorkingGroup", GROUP.value(), version, payloads.get(version),
                    MetaData.emptyInstance(), UUID.randomUUID().toString(), START.plusSeconds(60L * version)));
        }
        return events;
    }

    private static MemberAdmitted admitted(String id, String organisation, StakeholderCategory category,
                                           LocalDate on) {
        return new MemberAdmitted(GROUP, new MemberId(id), organisation, category, on);
    }

    private void deliver(DomainEventMessage<?> event) {
        DefaultUnitOfWork.startAndGet(event).execute(() -> handle(event));
    }

    /** As a tracking processor hands waiting events over: one batch, through the interceptor every processor has. */
    private void deliverInOneBatch(List<DomainEventMessage<?>> events) {
        var batch = new BatchingUnitOfWork<EventMessage<?>>(List.copyOf(events));
        batch.executeWithResult(() -> new DefaultInterceptorChain<>(batch, List.of(BatchWrites.flushedAtEndOfBatch()),
                event -> {
                    handle((DomainEventMessage<?>) event);
                    return null;
                }).proceed());
        assertThat(batch.isRolledBack()).isFalse();
    }

    private void handle(DomainEventMessage<?> event) {
        long version = event.getSequenceNumber();
        var payload = event.getPayload();
        if (payload instanceof WorkingGroupEstablished established) {
            projection.on(established, version);
        } else if (payload instanceof MemberAdmitted admitted) {
            projection.on(admitted, version);
        } else if (payload instanceof MemberWithdrawn withdrawn) {
            projection.on(withdrawn, version);
        } else if (payload instanceof CoordinationSet coordination) {
            projection.on(coordination, version);
        }
    }

    private WorkingGroupView stored() {
        return projection.groups().find(GROUP.value()).orElseThrow();
    }
}
