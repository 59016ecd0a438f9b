package de.regionet.query.networkevent;

import de.regionet.kernel.networkevent.EventDetails;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeRegistered;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeWaitlisted;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventCancelled;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventDrafted;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventPublished;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventRescheduled;
import de.regionet.kernel.networkevent.NetworkEventFact.RegistrationCancelled;
import de.regionet.kernel.networkevent.NetworkEventFact.RegistrationDataExpired;
import de.regionet.kernel.networkevent.SealedParticipant;
import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;
import de.regionet.kernel.networkevent.NetworkEventFact.WaitlistedAttendeeAdmitted;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.networkevent.RegistrationId;
import de.regionet.kernel.networkevent.RegistrationStatus;
import de.regionet.kernel.networkevent.Schedule;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.networkevent.NetworkEventView.Registration;
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A network event follows its announcement, moves and cancellation (counting them as a calendar's sequence) and
 * its registrations with the waiting list; a re-delivered or replayed event changes nothing.
 */
class NetworkEventProjectionTest {

    private static final NetworkEventId EVENT = new NetworkEventId("regionalkonferenz-2026");
    private static final RegistrationId JOBCENTER = new RegistrationId("reg-jobcenter");
    private static final RegistrationId BILDUNGSWERK = new RegistrationId("reg-bildungswerk");
    private static final Instant DRAFTED = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2026-01-12T09:00:00Z");
    private static final Instant MOVED = Instant.parse("2026-02-01T09:00:00Z");
    private static final Schedule PLANNED = new Schedule(LocalDateTime.of(2026, 3, 18, 10, 0),
            LocalDateTime.of(2026, 3, 18, 16, 0));
    private static final Schedule LATER = new Schedule(LocalDateTime.of(2026, 3, 25, 10, 0),
            LocalDateTime.of(2026, 3, 25, 16, 0));
    private static final EventDetails DRAFT = details("Entwurf", "Tagesordnung folgt.");
    private static final EventDetails ANNOUNCED = details("Regionalkonferenz", "Mit *Workshops*.");

    private InMemoryMongo mongo;
    private NetworkEventProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new NetworkEventProjection(mongo.database("networkevents"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static EventDetails details(String title, String description) {
        return new EventDetails(title, description, "Bernburg, Kurhaus", null, 1, List.of(new RegionKey("15089")));
    }

    /** A one-place event's history: announced, full, given back and moved; each event with its version. */
    private void deliverHistory() {
        projection.on(new NetworkEventDrafted(EVENT, DRAFT, PLANNED), 0, DRAFTED);
        projection.on(new NetworkEventPublished(EVENT, ANNOUNCED, PLANNED), 1, PUBLISHED);
        projection.on(new AttendeeRegistered(EVENT, JOBCENTER, "Jobcenter Salzlandkreis"), 2, PUBLISHED);
        projection.on(new AttendeeWaitlisted(EVENT, BILDUNGSWERK, "Bildungswerk Salzland"), 3, PUBLISHED);
        projection.on(new RegistrationCancelled(EVENT, JOBCENTER), 4);
        projection.on(new WaitlistedAttendeeAdmitted(EVENT, BILDUNGSWERK), 5);
        projection.on(new NetworkEventRescheduled(EVENT, LATER), 6, MOVED);
    }

    private NetworkEventView event() {
        return projection.events().find(EVENT.value()).orElseThrow();
    }

    @Test
    void a_draft_is_not_announced_and_publication_announces_it_as_described_then() {
        projection.on(new NetworkEventDrafted(EVENT, DRAFT, PLANNED), 0, DRAFTED);
        assertThat(event().status()).isEqualTo(NetworkEventView.Status.DRAFT);
        assertThat(event().announced()).isFalse();
        projection.on(new NetworkEventPublished(EVENT, ANNOUNCED, PLANNED), 1, PUBLISHED);
        assertThat(event().status()).isEqualTo(NetworkEventView.Status.PUBLISHED);
        assertThat(event().announced()).isTrue();
        assertThat(event().title()).isEqualTo("Regionalkonferenz");
        assertThat(event().descriptionHtml()).contains("<em>Workshops</em>");
        assertThat(event().updatedAt()).isEqualTo(PUBLISHED);
        assertThat(event().sequence()).isZero();
    }

    @Test
    void a_place_given_back_goes_to_the_first_on_the_waiting_list() {
        deliverHistory();
        assertThat(event().registrations()).containsExactly(
                new Registration(BILDUNGSWERK.value(), "Bildungswerk Salzland", RegistrationStatus.REGISTERED, null,
                        PUBLISHED));
        assertThat(event().count(RegistrationStatus.REGISTERED)).isEqualTo(1);
        assertThat(event().count(RegistrationStatus.WAITLISTED)).isZero();
    }

    @Test
    void each_move_and_the_cancellation_count_in_the_sequence_and_the_cancelled_event_stays_announced() {
        deliverHistory();
        assertThat(event().start()).isEqualTo(LATER.start());
        assertThat(event().sequence()).isEqualTo(1);
        assertThat(event().updatedAt()).isEqualTo(MOVED);
        projection.on(new NetworkEventCancelled(EVENT, "Zu wenige Anmeldungen"), 7, MOVED.plusSeconds(60));
        assertThat(event().status()).isEqualTo(NetworkEventView.Status.CANCELLED);
        assertThat(event().cancellationReason()).isEqualTo("Zu wenige Anmeldungen");
        assertThat(event().sequence()).isEqualTo(2);
        assertThat(event().announced()).isTrue();
    }

    @Test
    void delivering_the_history_again_changes_nothing() {
        deliverHistory();
        var once = event();
        deliverHistory();
        assertThat(event()).isEqualTo(once);
        assertThat(once.sequence()).as("a re-delivered move is not counted twice").isEqualTo(1);
        assertThat(once.registrations()).hasSize(1);
        assertThat(once.version()).isEqualTo(6);
    }

    @Test
    void a_redelivered_registration_does_not_come_back_after_it_was_given_back() {
        deliverHistory();
        var after = event();
        projection.on(new AttendeeRegistered(EVENT, JOBCENTER, "Jobcenter Salzlandkreis"), 2, PUBLISHED);
        projection.on(new AttendeeWaitlisted(EVENT, BILDUNGSWERK, "Bildungswerk Salzland"), 3, PUBLISHED);
        assertThat(event()).isEqualTo(after);
    }

    @Test
    void a_participant_is_kept_sealed_as_the_event_holds_it_and_its_expiry_changes_only_the_version() {
        var subject = new SubjectId("ds-5d4c3b2a-1908-4f7e-8d6c-5b4a39281706");
        var participant = new SealedParticipant(new Sealed(subject, "AQx0bmFtZQ"), new Sealed(subject, "AQx0bWFpbA"));
        projection.on(new NetworkEventDrafted(EVENT, DRAFT, PLANNED), 0, DRAFTED);
        projection.on(new NetworkEventPublished(EVENT, ANNOUNCED, PLANNED), 1, PUBLISHED);
        projection.on(new AttendeeRegistered(EVENT, JOBCENTER, "Jobcenter Salzlandkreis", participant, "hash"), 2,
                PUBLISHED);
        projection.on(new RegistrationDataExpired(EVENT, JOBCENTER, subject), 3);
        assertThat(event().registrations()).containsExactly(new Registration(JOBCENTER.value(),
                "Jobcenter Salzlandkreis", RegistrationStatus.REGISTERED, participant, PUBLISHED));
        assertThat(event().version()).isEqualTo(3);
    }

    @Test
    void a_replay_after_a_reset_rebuilds_the_same_document() {
        deliverHistory();
        var before = event();
        projection.reset();
        assertThat(projection.events().find(EVENT.value())).isEmpty();
        deliverHistory();
        assertThat(event()).isEqualTo(before);
    }
}
