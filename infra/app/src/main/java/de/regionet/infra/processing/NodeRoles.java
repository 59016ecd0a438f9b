package de.regionet.infra.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What this node does besides answering queries ({@code regionet.roles}, a list; default all three). Queries are
 * answered by every node: the read collections are shared. ADR 0027 "Several nodes".
 *
 * @param roles {@code commands}: the command API and deadlines; {@code read-models}: the read models' tracking
 *              processors; {@code live}: the live-feed processor and {@code /ws}
 */
@ConfigurationProperties("regionet")
public record NodeRoles(List<Role> roles) {

    public enum Role { COMMANDS, READ_MODELS, LIVE }

    public NodeRoles {
        roles = roles == null || roles.isEmpty() ? List.of(Role.values()) : List.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Set<Role> asSet() {
        return EnumSet.copyOf(roles);
    }

    /** How the roles are written in {@code regionet.roles}: {@code commands}, {@code read-models}, {@code live}. */
    public static String setting(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
