package de.regionet.kernel.cooperation;

import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.region.RegionKey;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts in a local cooperation body's stream. Dates are civil days on which the new state begins; every event is
 * placed in the body's region ({@code EventMetaData.REGION_KEY}).
 */
public sealed interface CooperationBodyEvent {

    CooperationBodyId cooperationBodyId();

    /**
     * The body was founded on {@code foundedOn} at {@code site} with its founding {@code partners}, admitted that day.
     * {@code kindName} is the network's own name of an {@code OTHER} kind ({@code null} otherwise); {@code agreementId}
     * the cooperation agreement it implements ({@code null}: none named).
     */
    record CooperationBodyEstablished(CooperationBodyId cooperationBodyId, RegionKey regionKey,
                                      CooperationBodyKind kind, String kindName, String name, String site,
                                      List<Partner> partners, AgreementId agreementId, LocalDate foundedOn)
            implements CooperationBodyEvent {
    }

    record CooperationPartnerAdmitted(CooperationBodyId cooperationBodyId, Partner partner, LocalDate admittedOn)
            implements CooperationBodyEvent {
    }

    /** The partnership ended; the partner took part up to and including {@code withdrawnOn}. */
    record CooperationPartnerWithdrawn(CooperationBodyId cooperationBodyId, PartnerId partnerId,
                                       LocalDate withdrawnOn) implements CooperationBodyEvent {
    }

    record CooperationSiteChanged(CooperationBodyId cooperationBodyId, String site, LocalDate movedOn)
            implements CooperationBodyEvent {
    }

    /** The body was dissolved on {@code dissolvedOn}; {@code reason} may be {@code null}. */
    record CooperationBodyDissolved(CooperationBodyId cooperationBodyId, LocalDate dissolvedOn, String reason)
            implements CooperationBodyEvent {
    }
}
