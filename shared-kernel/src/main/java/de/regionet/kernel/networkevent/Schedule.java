package de.regionet.kernel.networkevent;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Require;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * When a network event takes place, in the network's civil time (Europe/Berlin): "10:00 in Magdeburg" stays
 * 10:00 whatever offset daylight saving time gives it. {@code end} lies after {@code start}.
 */
public record Schedule(LocalDateTime start, LocalDateTime end) {

    public Schedule {
        Require.present(start, "start");
        Require.present(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end (" + end + ") must lie after start (" + start + ")");
        }
    }

    /** The schedule of an event that starts and ends at these instants, read in Berlin's civil time. */
    public static Schedule of(OffsetDateTime start, OffsetDateTime end) {
        return new Schedule(start.atZoneSameInstant(NetworkTime.ZONE).toLocalDateTime(),
                end.atZoneSameInstant(NetworkTime.ZONE).toLocalDateTime());
    }

    public ZonedDateTime startsAt() {
        return start.atZone(NetworkTime.ZONE);
    }

    public ZonedDateTime endsAt() {
        return end.atZone(NetworkTime.ZONE);
    }

    /** Whether the event has begun at {@code now}. */
    public boolean hasBegunAt(Instant now) {
        return !startsAt().toInstant().isAfter(now);
    }
}
