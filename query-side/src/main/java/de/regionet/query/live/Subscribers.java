package de.regionet.query.live;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.AuditScope;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;

import java.util.Optional;

/**
 * Who may subscribe to a live topic. The reader is empty for an anonymous client; the region is the one a topic's
 * destination names ({@code /topic/regions.15089}), {@code null} for a topic without one.
 */
public enum Subscribers {

    /** Anyone, signed in or not: what is published. */
    ANYONE {
        @Override
        public boolean admit(Optional<Actor> reader, RegionKey region) {
            return true;
        }
    },
    /** Every signed-in reader, whatever their role. */
    SIGNED_IN {
        @Override
        public boolean admit(Optional<Actor> reader, RegionKey region) {
            return reader.isPresent();
        }
    },
    /** Who may read the region the destination names: the network office, auditors, the region's coordination. */
    READERS_OF_THE_REGION {
        @Override
        public boolean admit(Optional<Actor> reader, RegionKey region) {
            return region != null && reader.filter(actor -> actor.mayRead(region)).isPresent();
        }
    },
    /**
     * Who reads the audit trail: the network office and auditors (of their networks' history) and the operator (of
     * everything); a topic of theirs is confined per message ({@link LiveTopic#perNetwork()}).
     */
    AUDIT_READERS {
        @Override
        public boolean admit(Optional<Actor> reader, RegionKey region) {
            return reader.filter(actor -> AuditScope.READERS.stream().anyMatch(actor::has)).isPresent();
        }
    },
    /** The network office and auditors, who see the whole record. */
    NETWORK_OFFICE_AND_AUDITORS {
        @Override
        public boolean admit(Optional<Actor> reader, RegionKey region) {
            return reader.filter(actor -> actor.hasAny(Role.NETWORK_OFFICE, Role.AUDITOR)).isPresent();
        }
    };

    public abstract boolean admit(Optional<Actor> reader, RegionKey region);
}
