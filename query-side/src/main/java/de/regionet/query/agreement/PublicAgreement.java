package de.regionet.query.agreement;

import de.regionet.kernel.agreement.AgreementScope;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement in force as the public sees it (issue 19): its title, scope, validity and the parties it binds on
 * the day asked for. Anonymous readers of {@code GET /api/agreements[/{id}]} get only agreements in force that day,
 * in this shape; drafts, signed agreements yet to take effect, the negotiation of amendments (consents, who is
 * awaited) and termination reasons stay with the network's signed-in readers, who keep {@link AgreementAsOf}.
 */
public record PublicAgreement(String id, String title, AgreementScope scope, String regionKey, LocalDate validFrom,
                              LocalDate validUntil, LocalDate asOf, AgreementAsOf.Status status,
                              List<AgreementAsOf.BoundParty> boundParties) {

    static PublicAgreement of(AgreementAsOf agreement) {
        return new PublicAgreement(agreement.id(), agreement.title(), agreement.scope(), agreement.regionKey(),
                agreement.validFrom(), agreement.validUntil(), agreement.asOf(), agreement.status(),
                agreement.boundParties());
    }

    /** What the public may know of: agreements binding their parties on the day asked for. */
    static boolean isPublic(AgreementAsOf agreement) {
        return agreement.status() == AgreementAsOf.Status.IN_FORCE;
    }
}
