package de.regionet.query.targetagreement;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ActorPrincipal;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Set;

/** Requests of the readers the controlling tests ask as, signed in the way the security layer signs them in. */
final class SignedIn {

    private record Signed(Actor actor) implements ActorPrincipal {
        @Override
        public String getName() {
            return actor.subject();
        }
    }

    private SignedIn() {
    }

    static MockHttpServletRequest office() {
        return as(Role.NETWORK_OFFICE, null);
    }

    static MockHttpServletRequest auditor() {
        return as(Role.AUDITOR, null);
    }

    static MockHttpServletRequest coordinatorOf(String region) {
        return as(Role.REGIONAL_COORDINATOR, region);
    }

    static MockHttpServletRequest anonymous() {
        return new MockHttpServletRequest();
    }

    private static MockHttpServletRequest as(Role role, String region) {
        var request = new MockHttpServletRequest();
        request.setUserPrincipal(new Signed(new Actor("someone", Set.of(role),
                region == null ? Set.of() : Set.of(new RegionKey(region)), null)));
        request.addUserRole(role.name());
        return request;
    }
}
