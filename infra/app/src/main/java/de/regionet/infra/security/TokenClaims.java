package de.regionet.infra.security;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Grant;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an {@link Actor} from a validated token's claims, and writes one into the claims of a self-issued token,
 * under the configured claim names ({@code regionet.security.claims.*}). Unknown role names (an identity provider
 * adds its own), networks the installation does not have and invalid region keys are ignored; a {@code ROLE_}
 * prefix is allowed. A token with a {@code grants} claim (a list of {@code {network, role, regions}}) holds those
 * roles in those networks; one without holds its {@code roles} in the default network.
 */
@Component
class TokenClaims implements Converter<Jwt, ActorAuthentication> {

    private final SecuritySettings.Claims names;
    private final Networks networks;

    TokenClaims(SecuritySettings settings, Networks networks) {
        this.names = settings.security().claims();
        this.networks = networks;
    }

    @Override
    public ActorAuthentication convert(Jwt token) {
        return new ActorAuthentication(actor(token.getSubject(), token.getClaims()), token);
    }

    Actor actor(String subject, Map<String, Object> claims) {
        var organisation = read(claims, names.organisation()) instanceof String name && !name.isBlank() ? name : null;
        var named = subject == null || subject.isBlank() ? "unnamed" : subject;
        if (read(claims, names.grants()) instanceof Collection<?> entries) {
            var grants = new ArrayList<Grant>();
            for (var entry : entries) {
                if (entry instanceof Map<?, ?> grant) {
                    // without a network only the operator's role holds (everywhere)
                    var network = grant.get("network") instanceof String id ? id : null;
                    roles(grant.get("role")).forEach(role -> GrantsOf.in(networks, network, role,
                            regions(grant.get("regions"))).ifPresent(grants::add));
                }
            }
            return new Actor(named, grants, organisation);
        }
        return new Actor(named, GrantsOf.defaultNetwork(networks, roles(read(claims, names.roles())),
                regions(read(claims, names.regions()))), organisation);
    }

    private static Set<Role> roles(Object claim) {
        return strings(claim).stream()
                .map(name -> name.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", ""))
                .filter(name -> Set.of(Role.values()).stream().anyMatch(role -> role.name().equals(name)))
                .map(Role::valueOf).collect(Collectors.toSet());
    }

    private static Set<RegionKey> regions(Object claim) {
        return strings(claim).stream().filter(RegionKey::isValid).map(RegionKey::new).collect(Collectors.toSet());
    }

    /** The claims that describe {@code actor}, for a token RegioNet issues itself. */
    Map<String, Object> claimsOf(Actor actor) {
        var claims = new LinkedHashMap<String, Object>();
        write(claims, names.roles(), actor.roles().stream().map(Role::name).sorted().toList());
        write(claims, names.regions(), actor.regions().stream().map(RegionKey::value).sorted().toList());
        write(claims, names.grants(), actor.grants().stream().map(TokenClaims::claim).toList());
        if (actor.organisation() != null) {
            write(claims, names.organisation(), actor.organisation());
        }
        return claims;
    }

    /** A grant as a token states it; a grant of every network (the operator's) is stated as one of none. */
    private static Map<String, Object> claim(Grant grant) {
        var claim = new LinkedHashMap<String, Object>();
        if (grant.network() != null) {
            claim.put("network", grant.network().value());
        }
        claim.put("role", grant.role().name());
        claim.put("regions", grant.regions().stream().map(RegionKey::value).sorted().toList());
        return claim;
    }

    private static Object read(Map<String, Object> claims, String path) {
        Object value = claims;
        for (var part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static void write(Map<String, Object> claims, String path, Object value) {
        var parts = path.split("\\.");
        var target = claims;
        for (int i = 0; i < parts.length - 1; i++) {
            target = (Map<String, Object>) target.computeIfAbsent(parts[i], part -> new LinkedHashMap<String, Object>());
        }
        target.put(parts[parts.length - 1], value);
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.split("[,\\s]+"));
        }
        return List.of();
    }
}
