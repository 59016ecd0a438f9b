package de.regionet.infra.security;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ActorPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A validated bearer token, read as the {@link Actor} it names; its authorities are {@code ROLE_<role>}. */
final class ActorAuthentication extends AbstractAuthenticationToken implements ActorPrincipal {

    private final Actor actor;
    private final Jwt token;

    ActorAuthentication(Actor actor, Jwt token) {
        super(actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.actor = actor;
        this.token = token;
        setAuthenticated(true);
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public Object getPrincipal() {
        return actor;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return actor.subject();
    }
}
