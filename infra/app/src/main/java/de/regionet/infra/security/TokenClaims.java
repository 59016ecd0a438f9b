package de.regionet.infra.security;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

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
 * adds its own) and region keys that are not five digits are ignored; a {@code ROLE_} prefix is allowed.
 */
@Component
class TokenClaims implements Converter<Jwt, ActorAuthentication> {

    private final SecuritySettings.Claims names;

    TokenClaims(SecuritySettings settings) {
        this.names = settings.security().claims();
    }

    @Override
    public ActorAuthentication convert(Jwt token) {
        return new ActorAuthentication(actor(token.getSubject(), token.getClaims()), token);
    }

    Actor actor(String subject, Map<String, Object> claims) {
        var roles = strings(read(claims, names.roles())).stream()
                .map(name -> name.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", ""))
                .filter(name -> Set.of(Role.values()).stream().anyMatch(role -> role.name().equals(name)))
                .map(Role::valueOf).collect(Collectors.toSet());
        var regions = strings(read(claims, names.regions())).stream()
                .filter(key -> key.matches("\\d{5}")).map(RegionKey::new).collect(Collectors.toSet());
        var organisation = read(claims, names.organisation()) instanceof String name && !name.isBlank() ? name : null;
        return new Actor(subject == null || subject.isBlank() ? "unnamed" : subject, roles, regions, organisation);
    }

    /** The claims that describe {@code actor}, for a token RegioNet issues itself. */
    Map<String, Object> claimsOf(Actor actor) {
        var claims = new LinkedHashMap<String, Object>();
        write(claims, names.roles(), actor.roles().stream().map(Role::name).sorted().toList());
        write(claims, names.regions(), actor.regions().stream().map(RegionKey::value).sorted().toList());
        if (actor.organisation() != null) {
            write(claims, names.organisation(), actor.organisation());
        }
        return claims;
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
