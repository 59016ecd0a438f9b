package de.regionet.query.networkevent;

import de.regionet.kernel.networkevent.EventDetails;
import de.regionet.kernel.networkevent.RegistrationStatus;
import de.regionet.kernel.networkevent.Schedule;
import de.regionet.kernel.networkevent.SealedParticipant;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.markdown.Markdown;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A network event as stored for reading: start and end in Berlin's civil time, the description as written and as
 * safe HTML, its registrations in the order they came in, and {@code sequence}, the number of changes of its time or
 * status since it was planned (a calendar's {@code SEQUENCE}). {@code announced}: it was published at some point, so
 * the public sees it, also once cancelled.
 */
public record NetworkEventView(@BsonId String id, String title, String description, String descriptionHtml,
                               LocalDateTime start, LocalDateTime end, String location, String onlineUrl,
                               Integer capacity, List<String> regionKeys, Status status, boolean announced,
                               String cancellationReason, int sequence, List<Registration> registrations,
                               Instant updatedAt, long version, String network)
        implements VersionedCollection.Versioned {

    public enum Status { DRAFT, PUBLISHED, CANCELLED }

    /**
     * A registration in the order it came in: its participant sealed as the event keeps it ({@code null}: none
     * named, or stored before participants existed) and when it was recorded ({@code null} before that too).
     */
    public record Registration(String id, String organisation, RegistrationStatus status,
                               SealedParticipant participant, Instant registeredAt) {

        public Registration(String id, String organisation, RegistrationStatus status) {
            this(id, organisation, status, null, null);
        }

        Registration admitted() {
            return new Registration(id, organisation, RegistrationStatus.REGISTERED, participant, registeredAt);
        }
    }

    static NetworkEventView drafted(String id, EventDetails details, Schedule schedule, String network, Instant at,
                                    long version) {
        return new NetworkEventView(id, null, null, null, schedule.start(), schedule.end(), null, null, null,
                List.of(), Status.DRAFT, false, null, 0, List.of(), at, version, network)
                .describedAs(details, at, version);
    }

    NetworkEventView describedAs(EventDetails details, Instant at, long newVersion) {
        return new NetworkEventView(id, details.title(), details.description(),
                Markdown.toSafeHtml(details.description()), start, end, details.location(), details.onlineUrl(),
                details.capacity(), details.regionKeys().stream().map(RegionKey::value).toList(), status, announced,
                cancellationReason, sequence, registrations, at, newVersion, network);
    }

    NetworkEventView published(Schedule schedule, Instant at, long newVersion) {
        return new NetworkEventView(id, title, description, descriptionHtml, schedule.start(), schedule.end(),
                location, onlineUrl, capacity, regionKeys, Status.PUBLISHED, true, cancellationReason, sequence,
                registrations, at, newVersion, network);
    }

    NetworkEventView rescheduled(Schedule schedule, Instant at, long newVersion) {
        return new NetworkEventView(id, title, description, descriptionHtml, schedule.start(), schedule.end(),
                location, onlineUrl, capacity, regionKeys, status, announced, cancellationReason, sequence + 1,
                registrations, at, newVersion, network);
    }

    NetworkEventView cancelled(String reason, Instant at, long newVersion) {
        return new NetworkEventView(id, title, description, descriptionHtml, start, end, location, onlineUrl,
                capacity, regionKeys, Status.CANCELLED, announced, reason, sequence + 1, registrations, at,
                newVersion, network);
    }

    NetworkEventView withRegistration(Registration registration, long newVersion) {
        var updated = new ArrayList<>(registrations);
        updated.add(registration);
        return withRegistrations(updated, newVersion);
    }

    NetworkEventView withoutRegistration(String registrationId, long newVersion) {
        return withRegistrations(registrations.stream().filter(r -> !r.id().equals(registrationId)).toList(),
                newVersion);
    }

    NetworkEventView admitting(String registrationId, long newVersion) {
        return withRegistrations(registrations.stream().map(r -> r.id().equals(registrationId)
                ? r.admitted() : r).toList(), newVersion);
    }

    /** A change that shows in no field here (a participant's data expired: the vault no longer opens it). */
    NetworkEventView changedTo(long newVersion) {
        return withRegistrations(registrations, newVersion);
    }

    private NetworkEventView withRegistrations(List<Registration> updated, long newVersion) {
        return new NetworkEventView(id, title, description, descriptionHtml, start, end, location, onlineUrl,
                capacity, regionKeys, status, announced, cancellationReason, sequence, List.copyOf(updated),
                updatedAt, newVersion, network);
    }

    public long count(RegistrationStatus wanted) {
        return registrations.stream().filter(registration -> registration.status() == wanted).count();
    }

    /** Whether the event concerns {@code region}: it names it, or it names no region and concerns everyone. */
    public boolean concerns(String region) {
        return regionKeys.isEmpty() || regionKeys.contains(region);
    }
}
