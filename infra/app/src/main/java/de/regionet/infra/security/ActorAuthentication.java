package de.regionet.infra.security;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ActorPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A signed-in principal as the {@link Actor} it is: from a validated bearer token (the API), or from the pages'
 * sign-in form, kept in the HTTP session (no token). Its authorities are {@code ROLE_<role>}.
 */
final class ActorAuthentication extends AbstractAuthenticationToken implements ActorPrincipal {

    private final Actor actor;
    private final Jwt token;

    /** Signed in with user name and password on the pages' form: no token, the session carries it. */
    static ActorAuthentication signedInOnPage(Actor actor) {
        return new ActorAuthentication(actor, null);
    }

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
