package de.regionet.kernel.access;

import java.security.Principal;

/**
 * A signed-in principal as the transports see it ({@code HttpServletRequest#getUserPrincipal()}), carrying the
 * {@link Actor} it stands for, so read endpoints can answer what this reader may see without knowing the security
 * framework.
 */
public interface ActorPrincipal extends Principal {

    Actor actor();
}
