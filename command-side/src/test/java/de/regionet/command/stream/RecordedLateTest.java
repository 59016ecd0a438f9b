package de.regionet.command.stream;

import de.regionet.command.access.Senders;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.region.RegionKind;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events whose fact took effect before the day they are recorded carry {@code recordedLate}; the day is Berlin's,
 * and events that name no day of their own are never late.
 */
class RecordedLateTest {

    private static final WorkingGroupId RAK = new WorkingGroupId("rak-salzlandkreis");
    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    /** 1 March 2026, 00:30 in Berlin: still 28 February in UTC. */
    private static final Instant RECORDED = Instant.parse("2026-02-28T23:30:00Z");
    /** Who recorded the events: the network office, by its pseudonym as events name users. */
    private static final String OFFICE = Senders.pseudonymOf("office");

    private static EventMessage<?> recorded(Object payload) {
        return new GenericDomainEventMessage<>("WorkingGroup", RAK.value(), 0, payload, MetaData.with(
                EventMetaData.PRINCIPAL, OFFICE), "id-" + payload.hashCode(), RECORDED);
    }

    private static EventMessage<?> intercepted(EventMessage<?> event) {
        return new RecordedLate().handle(List.of(event)).apply(0, event);
    }

    private static MemberAdmitted admittedOn(LocalDate day) {
        return new MemberAdmitted(RAK, new MemberId("m-1"), "Jobcenter Salzlandkreis",
                StakeholderCategory.JOB_CENTRE, day);
    }

    @Test
    void a_fact_of_an_earlier_day_is_marked_recorded_late_and_keeps_who_recorded_it() {
        var marked = intercepted(recorded(admittedOn(LocalDate.of(2022, 7, 1))));

        assertThat(EventMetaData.isRecordedLate(marked.getMetaData())).isTrue();
        assertThat(marked.getMetaData()).containsEntry(EventMetaData.PRINCIPAL, OFFICE);
        assertThat(marked).isInstanceOf(GenericDomainEventMessage.class);
    }

    @Test
    void a_fact_of_the_day_it_is_recorded_in_berlin_is_not_late() {
        var marked = intercepted(recorded(admittedOn(LocalDate.of(2026, 3, 1))));

        assertThat(EventMetaData.isRecordedLate(marked.getMetaData())).isFalse();
        assertThat(marked.getMetaData()).doesNotContainKey(EventMetaData.RECORDED_LATE);
    }

    @Test
    void a_fact_without_a_day_of_its_own_is_never_late() {
        var established = intercepted(recorded(new WorkingGroupEstablished(RAK, SALZLANDKREIS, "RAK Salzlandkreis")));
        var registered = intercepted(GenericEventMessage.asEventMessage(new RegionRegistered(SALZLANDKREIS,
                "Salzlandkreis", RegionKind.DISTRICT)));

        assertThat(established.getMetaData()).doesNotContainKey(EventMetaData.RECORDED_LATE);
        assertThat(registered.getMetaData()).doesNotContainKey(EventMetaData.RECORDED_LATE);
    }

    @Test
    void the_event_store_stores_the_mark_with_the_event() {
        var store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        try {
            store.registerDispatchInterceptor(new RecordedLate());
            store.publish(recorded(admittedOn(LocalDate.of(2022, 7, 1))));

            var stored = store.readEvents(RAK.value()).asStream().toList();
            assertThat(stored).singleElement().satisfies(event ->
                    assertThat(event.getMetaData()).containsEntry(EventMetaData.RECORDED_LATE, true));
        } finally {
            store.shutDown();
        }
    }

    @Test
    void only_true_marks_an_event_late() {
        assertThat(EventMetaData.isRecordedLate(Map.of(EventMetaData.RECORDED_LATE, false))).isFalse();
        assertThat(EventMetaData.isRecordedLate(Map.of())).isFalse();
    }
}
