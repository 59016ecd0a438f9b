package de.regionet.kernel.access;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.region.RegionKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The signed-in principal a command or subscription comes from: its subject (user name or token subject), the roles
 * it holds per network ({@link Grant}s, with the region keys it coordinates there) and the organisation it acts for.
 * Travels in a command's metadata under the {@link EventMetaData} keys, so the rules below apply whatever the
 * transport. An office of one network acts for no region of another.
 */
public record Actor(String subject, List<Grant> grants, String organisation) {

    public Actor {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an actor has a subject");
        }
        grants = List.copyOf(grants);
    }

    /**
     * An actor whose roles hold in every network: the installation's own principals (import, demo), and callers
     * in tests of one network.
     */
    public Actor(String subject, Set<Role> roles, Set<RegionKey> regions, String organisation) {
        this(subject, roles.stream().sorted().map(role -> Grant.everywhere(role, regions)).toList(), organisation);
    }

    /** The roles this actor holds in any network. */
    public Set<Role> roles() {
        var roles = EnumSet.noneOf(Role.class);
        grants.forEach(grant -> roles.add(grant.role()));
        return Set.copyOf(roles);
    }

    /** The region keys this actor coordinates, in any network. */
    public Set<RegionKey> regions() {
        return grants.stream().flatMap(grant -> grant.regions().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The networks this actor holds a role in by name (not counting grants that hold everywhere). */
    public Set<NetworkId> networks() {
        return grants.stream().map(Grant::network).filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The networks this actor holds {@code role} in by name. */
    public Set<NetworkId> networksWith(Role role) {
        return grants.stream().filter(grant -> grant.role() == role).map(Grant::network)
                .filter(java.util.Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether some of this actor's roles hold in every network. */
    public boolean actsEverywhere() {
        return grants.stream().anyMatch(grant -> grant.network() == null);
    }

    /** Whether this actor holds {@code role} in some network. */
    public boolean has(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    /** Whether this actor holds {@code role} in the network {@code network}. */
    public boolean has(Role role, NetworkId network) {
        return grants.stream().anyMatch(grant -> grant.role() == role && grant.holdsIn(network));
    }

    public boolean hasAny(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(this::has);
    }

    /** The network office acts for every region of its network, a regional coordinator for the regions it holds. */
    public boolean mayActFor(RegionKey region) {
        return grants.stream().anyMatch(grant -> grant.actsFor(region));
    }

    /** Whoever may act for a region may read it; auditors read every region of their network. */
    public boolean mayRead(RegionKey region) {
        return mayActFor(region)
                || grants.stream().anyMatch(grant -> grant.role() == Role.AUDITOR && grant.covers(region));
    }

    /**
     * Whether this actor holds some role in the network the region belongs to (a grant that holds everywhere
     * counts): who reads what a region shares with its network.
     */
    public boolean belongsToNetworkOf(RegionKey region) {
        return grants.stream().anyMatch(grant -> grant.covers(region));
    }

    /** Whether this actor holds some role in {@code network} (a grant that holds everywhere counts). */
    public boolean belongsTo(NetworkId network) {
        return grants.stream().anyMatch(grant -> grant.holdsIn(network));
    }

    /** This actor under another subject (its pseudonym), with the same grants. */
    public Actor named(String otherSubject) {
        return new Actor(otherSubject, grants, organisation);
    }

    /**
     * This actor as command metadata, naming it by its subject. Commands that are stored or cause stored events name
     * a user by its pseudonym: send {@link Principals#stored} of the signed-in actor, never the actor itself.
     */
    public Map<String, Object> toMetaData() {
        var metaData = new LinkedHashMap<String, Object>();
        metaData.put(EventMetaData.PRINCIPAL, subject);
        metaData.put(EventMetaData.PRINCIPAL_ROLES, roles().stream().map(Role::name).sorted().toList());
        metaData.put(EventMetaData.PRINCIPAL_REGIONS, regions().stream().map(RegionKey::value).sorted().toList());
        metaData.put(EventMetaData.PRINCIPAL_GRANTS, grants.stream().map(Actor::toMetaData).toList());
        if (organisation != null) {
            metaData.put(EventMetaData.PRINCIPAL_ORGANISATION, organisation);
        }
        return metaData;
    }

    private static Map<String, Object> toMetaData(Grant grant) {
        var map = new LinkedHashMap<String, Object>();
        if (grant.network() != null) {
            map.put("network", grant.network().value());
            map.put("states", new TreeSet<>(grant.states()).stream().toList());
        }
        map.put("role", grant.role().name());
        map.put("regions", grant.regions().stream().map(RegionKey::value).sorted().toList());
        return map;
    }

    /**
     * The actor a message's metadata names, if it names one. Unknown roles, networks and invalid region keys are
     * ignored. Metadata of no grants (written before networks) names roles that hold in every network.
     */
    public static Optional<Actor> fromMetaData(Map<String, ?> metaData) {
        if (!(metaData.get(EventMetaData.PRINCIPAL) instanceof String subject) || subject.isBlank()) {
            return Optional.empty();
        }
        var organisation = metaData.get(EventMetaData.PRINCIPAL_ORGANISATION) instanceof String name ? name : null;
        if (metaData.get(EventMetaData.PRINCIPAL_GRANTS) instanceof Collection<?> entries) {
            var grants = new ArrayList<Grant>();
            entries.forEach(entry -> grant(entry).ifPresent(grants::add));
            return Optional.of(new Actor(subject, grants, organisation));
        }
        var roles = strings(metaData.get(EventMetaData.PRINCIPAL_ROLES)).stream().map(Actor::role)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        return Optional.of(new Actor(subject, roles, regions(metaData.get(EventMetaData.PRINCIPAL_REGIONS)),
                organisation));
    }

    private static Optional<Grant> grant(Object entry) {
        if (!(entry instanceof Map<?, ?> map) || !(map.get("role") instanceof String name)) {
            return Optional.empty();
        }
        var role = role(name);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        var regions = regions(map.get("regions"));
        if (!(map.get("network") instanceof String network)) {
            return Optional.of(Grant.everywhere(role.get(), regions));
        }
        try {
            var states = strings(map.get("states")).stream().filter(state -> state.matches("\\d{2}"))
                    .collect(Collectors.toSet());
            return Optional.of(new Grant(new NetworkId(network), states, role.get(), regions));
        } catch (IllegalArgumentException invalidNetwork) {
            return Optional.empty();
        }
    }

    private static Optional<Role> role(String name) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst();
    }

    private static Set<RegionKey> regions(Object value) {
        return strings(value).stream().filter(RegionKey::isValid).map(RegionKey::new).collect(Collectors.toSet());
    }

    private static List<String> strings(Object value) {
        return value instanceof Collection<?> values
                ? values.stream().map(String::valueOf).toList()
                : List.of();
    }

    @Override
    public String toString() {
        return subject + " " + roles().stream().map(Role::name).sorted().toList();
    }
}
