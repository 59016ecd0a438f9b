package de.regionet.query.access;

import de.regionet.kernel.access.Role;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What a reader of a public endpoint may see beyond what is published: the network office, which writes it, and
 * auditors, who read everything, also see drafts, scheduled and withdrawn items and who registered. The roles come
 * from the signed-in principal, as the security layer put it on the request.
 */
public final class Readers {

    private Readers() {
    }

    public static boolean seesUnpublished(HttpServletRequest request) {
        return request.isUserInRole(Role.NETWORK_OFFICE.name()) || request.isUserInRole(Role.AUDITOR.name());
    }
}
