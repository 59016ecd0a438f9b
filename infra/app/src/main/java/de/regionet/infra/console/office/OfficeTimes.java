package de.regionet.infra.console.office;

import de.regionet.kernel.NetworkTime;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Instants as the office reads and enters them: the network's civil time (Europe/Berlin). Templates call it as
 * {@code ${@officeTimes.local(x)}} before formatting, since an {@link Instant} has no day or hour of its own.
 */
@Component("officeTimes")
class OfficeTimes {

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, NetworkTime.ZONE);
    }
}
