package de.regionet.kernel.access;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.region.RegionKey;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in principal a command or subscription comes from: its subject (user name or token subject), its
 * roles, the region keys it coordinates and the organisation it acts for. Travels in a command's metadata under
 * the {@link EventMetaData} keys, so the rules below apply whatever the transport.
 */
public record Actor(String subject, Set<Role> roles, Set<RegionKey> regions, String organisation) {

    public Actor {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an actor has a subject");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        regions = Set.copyOf(regions);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(this::has);
    }

    /** The network office acts for every region, a regional coordinator for the regions it holds. */
    public boolean mayActFor(RegionKey region) {
        return has(Role.NETWORK_OFFICE) || has(Role.REGIONAL_COORDINATOR) && regions.contains(region);
    }

    /** Whoever may act for a region may read it; auditors read every region. */
    public boolean mayRead(RegionKey region) {
        return mayActFor(region) || has(Role.AUDITOR);
    }

    /**
     * This actor as command metadata, naming it by its subject. Commands that are stored or cause stored events name
     * a user by its pseudonym: send {@link Principals#stored} of the signed-in actor, never the actor itself.
     */
    public Map<String, Object> toMetaData() {
        var metaData = new LinkedHashMap<String, Object>();
        metaData.put(EventMetaData.PRINCIPAL, subject);
        metaData.put(EventMetaData.PRINCIPAL_ROLES, roles.stream().map(Role::name).sorted().toList());
        metaData.put(EventMetaData.PRINCIPAL_REGIONS, regions.stream().map(RegionKey::value).sorted().toList());
        if (organisation != null) {
            metaData.put(EventMetaData.PRINCIPAL_ORGANISATION, organisation);
        }
        return metaData;
    }

    /** The actor a message's metadata names, if it names one. Unknown roles and invalid region keys are ignored. */
    public static Optional<Actor> fromMetaData(Map<String, ?> metaData) {
        if (!(metaData.get(EventMetaData.PRINCIPAL) instanceof String subject) || subject.isBlank()) {
            return Optional.empty();
        }
        var roles = strings(metaData.get(EventMetaData.PRINCIPAL_ROLES)).stream()
                .filter(name -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name)))
                .map(Role::valueOf).collect(Collectors.toSet());
        var regions = strings(metaData.get(EventMetaData.PRINCIPAL_REGIONS)).stream()
                .filter(key -> key.matches("\\d{5}")).map(RegionKey::new).collect(Collectors.toSet());
        var organisation = metaData.get(EventMetaData.PRINCIPAL_ORGANISATION) instanceof String name ? name : null;
        return Optional.of(new Actor(subject, roles, regions, organisation));
    }

    private static List<String> strings(Object value) {
        return value instanceof Collection<?> values
                ? values.stream().map(String::valueOf).toList()
                : List.of();
    }

    @Override
    public String toString() {
        return subject + " " + roles.stream().map(Role::name).sorted().toList();
    }
}
