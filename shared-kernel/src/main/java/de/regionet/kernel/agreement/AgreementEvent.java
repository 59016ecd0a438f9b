package de.regionet.kernel.agreement;

import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.region.RegionKey;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts in a cooperation agreement's stream. Dates are civil days; a date on which something "takes effect" is the
 * first day of the new state (a party that withdrew on 2023-07-01 was bound until 2023-06-30). Every event's
 * metadata lists the regions it concerns ({@code EventMetaData.REGION_KEYS}).
 */
public sealed interface AgreementEvent {

    AgreementId agreementId();

    /**
     * The agreement was drafted in {@code network}; its original parties are to sign the text with this SHA-256
     * (version 1). Drafts recorded before networks name none: they are Saxony-Anhalt's.
     */
    record AgreementDrafted(AgreementId agreementId, String title, AgreementScope scope, RegionKey regionKey,
                            List<Party> parties, DocumentHash documentSha256, LocalDate validFrom,
                            LocalDate validUntil, NetworkId network) implements AgreementEvent {

        public AgreementDrafted {
            network = network == null ? NetworkId.SACHSEN_ANHALT : network;
        }

        public AgreementDrafted(AgreementId agreementId, String title, AgreementScope scope, RegionKey regionKey,
                                List<Party> parties, DocumentHash documentSha256, LocalDate validFrom,
                                LocalDate validUntil) {
            this(agreementId, title, scope, regionKey, parties, documentSha256, validFrom, validUntil, null);
        }
    }

    /** An original party signed, through the role or function named as signatory. */
    record AgreementSigned(AgreementId agreementId, String party, LocalDate signedOn, String signatory)
            implements AgreementEvent {
    }

    /**
     * Every original party has signed: the agreement binds them from {@code effectiveOn}, the later of the last
     * signature and the start of validity.
     */
    record AgreementEnteredIntoForce(AgreementId agreementId, LocalDate effectiveOn) implements AgreementEvent {
    }

    /** A new party joined the agreement in force; it is bound from {@code accededOn}. */
    record PartyAcceded(AgreementId agreementId, Party party, LocalDate accededOn) implements AgreementEvent {
    }

    /** A party left the agreement; it is no longer bound from {@code withdrawnOn}. */
    record PartyWithdrew(AgreementId agreementId, String party, LocalDate withdrawnOn) implements AgreementEvent {
    }

    /** A new text was proposed; {@code amendment} is the text version it creates (the signed text is version 1). */
    record AmendmentProposed(AgreementId agreementId, int amendment, DocumentHash documentSha256, String summary,
                             LocalDate proposedOn) implements AgreementEvent {
    }

    /** A current party consented to an amendment. */
    record AmendmentConsented(AgreementId agreementId, int amendment, String party, LocalDate consentedOn)
            implements AgreementEvent {
    }

    /** Every current party has consented: the amendment's text is in force from {@code effectiveOn}. */
    record AmendmentEnteredIntoForce(AgreementId agreementId, int amendment, LocalDate effectiveOn)
            implements AgreementEvent {
    }

    /** The whole agreement was terminated: nobody is bound from {@code effectiveOn}. */
    record AgreementTerminated(AgreementId agreementId, LocalDate effectiveOn, String reason)
            implements AgreementEvent {
    }

    /** The agreement's validity ran out: {@code lastDayInForce} was its {@code validUntil}. */
    record AgreementExpired(AgreementId agreementId, LocalDate lastDayInForce) implements AgreementEvent {
    }
}
