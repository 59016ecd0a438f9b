package de.regionet.infra.history;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;

import java.util.Set;

/**
 * The office a line of a history file is sent as ({@code docs/import.md}): the network office, the state's granting
 * authority, the coordination of one region ({@code coordination:<region key>}) or a project sponsor
 * ({@code sponsor:<organisation>}). It decides the
 * roles the importing principal holds for that line, exactly as a signed-in user of that office would hold them,
 * so the command bus and the aggregates judge the line as they judge the same command over HTTP.
 */
record Office(String text, Set<Role> roles, Set<RegionKey> regions, String organisation) {

    static final String NETWORK_OFFICE = "network-office";
    static final String GRANTING_AUTHORITY = "granting-authority";
    private static final String COORDINATION = "coordination:";
    private static final String SPONSOR = "sponsor:";

    static Office parse(String text) {
        if (NETWORK_OFFICE.equals(text)) {
            return new Office(text, Set.of(Role.NETWORK_OFFICE), Set.of(), null);
        }
        if (GRANTING_AUTHORITY.equals(text)) {
            return new Office(text, Set.of(Role.GRANTING_AUTHORITY), Set.of(), null);
        }
        if (text != null && text.startsWith(COORDINATION)) {
            return new Office(text, Set.of(Role.REGIONAL_COORDINATOR),
                    Set.of(new RegionKey(text.substring(COORDINATION.length()))), null);
        }
        if (text != null && text.startsWith(SPONSOR) && !text.substring(SPONSOR.length()).isBlank()
                && text.length() <= SPONSOR.length() + 200) {
            return new Office(text, Set.of(Role.PROJECT_SPONSOR), Set.of(), text.substring(SPONSOR.length()));
        }
        throw new IllegalArgumentException("office is network-office, granting-authority, coordination:<region key> or "
                + "sponsor:<organisation>");
    }

    /** The importing principal acting as this office. */
    Actor actor(String principal) {
        return new Actor(principal, roles, regions, organisation);
    }
}
