package de.regionet.command.cooperation;

import de.regionet.kernel.agreement.AgreementEvent.AgreementDrafted;
import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.region.RegionKey;

import java.util.Optional;

/**
 * What a cooperation body stands on and another aggregate records: its region must be registered, and the agreement
 * it implements, when it names one, must exist.
 */
interface Foundations {

    boolean regionRegistered(RegionKey region);

    /** The agreement as drafted, if there is one with this id. */
    Optional<AgreementDrafted> agreement(AgreementId agreement);
}
