package de.regionet.kernel.agreement;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to a {@code CooperationAgreement}. A state-wide agreement is run by the network office; a regional one
 * by the network office or a coordinator of its region (checked by the aggregate). Commands to an existing
 * agreement carry the aggregate version the sender based them on ({@code null}: the sender does not care).
 * Parties are named as organisations or public bodies, signatories by their role or function: never a person's
 * name, for events are kept forever.
 */
public sealed interface AgreementCommand {

    AgreementId agreementId();

    /** The version the sender saw; {@code null} when it sets no condition. */
    default Long expectedVersion() {
        return null;
    }

    /**
     * Records the draft of an agreement: its parties, the SHA-256 of its text and its validity ({@code validUntil}
     * inclusive, {@code null} when open-ended). A regional agreement names its region, a state-wide one none; a
     * state-wide one belongs to {@code network} (an office of one network may leave it out), a regional one to its
     * region's network.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record DraftAgreement(@TargetAggregateIdentifier AgreementId agreementId, String title, AgreementScope scope,
                          RegionKey regionKey, List<Party> parties, DocumentHash documentSha256,
                          LocalDate validFrom, LocalDate validUntil, NetworkId network) implements AgreementCommand {
        public DraftAgreement {
            Require.present(agreementId, "agreementId");
            title = Require.text(title, "title", TextLimits.NAME);
            Require.present(scope, "scope");
            parties = List.copyOf(Require.present(parties, "parties"));
            Require.present(documentSha256, "documentSha256");
            Require.present(validFrom, "validFrom");
        }

        public DraftAgreement(AgreementId agreementId, String title, AgreementScope scope, RegionKey regionKey,
                              List<Party> parties, DocumentHash documentSha256, LocalDate validFrom,
                              LocalDate validUntil) {
            this(agreementId, title, scope, regionKey, parties, documentSha256, validFrom, validUntil, null);
        }
    }

    /** An original party signs, through the role or function that signs for it (e.g. "Minister"). */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record SignAgreement(@TargetAggregateIdentifier AgreementId agreementId, String party, LocalDate signedOn,
                         String signatory, Long expectedVersion) implements AgreementCommand {
        public SignAgreement {
            Require.present(agreementId, "agreementId");
            party = Require.text(party, "party", TextLimits.NAME);
            Require.present(signedOn, "signedOn");
            signatory = Require.text(signatory, "signatory", TextLimits.NAME);
        }
    }

    /** A new party joins an agreement in force; it is bound from {@code accededOn}. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record AccedeToAgreement(@TargetAggregateIdentifier AgreementId agreementId, Party party, LocalDate accededOn,
                             Long expectedVersion) implements AgreementCommand {
        public AccedeToAgreement {
            Require.present(agreementId, "agreementId");
            Require.present(party, "party");
            Require.present(accededOn, "accededOn");
        }
    }

    /** A party leaves an agreement in force; it is no longer bound from {@code withdrawnOn}. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record WithdrawFromAgreement(@TargetAggregateIdentifier AgreementId agreementId, String party,
                                 LocalDate withdrawnOn, Long expectedVersion) implements AgreementCommand {
        public WithdrawFromAgreement {
            Require.present(agreementId, "agreementId");
            party = Require.text(party, "party", TextLimits.NAME);
            Require.present(withdrawnOn, "withdrawnOn");
        }
    }

    /**
     * Proposes a new text (by its SHA-256) for an agreement in force. It enters into force once every current
     * party has consented; until then the text in force stays.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record AmendAgreement(@TargetAggregateIdentifier AgreementId agreementId, DocumentHash documentSha256,
                          String summary, LocalDate proposedOn, Long expectedVersion) implements AgreementCommand {
        public AmendAgreement {
            Require.present(agreementId, "agreementId");
            Require.present(documentSha256, "documentSha256");
            summary = Require.text(summary, "summary", TextLimits.SUMMARY);
            Require.present(proposedOn, "proposedOn");
        }
    }

    /** A current party consents to an amendment, named by the text version it creates (2 for the first). */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record ConsentToAmendment(@TargetAggregateIdentifier AgreementId agreementId, int amendment, String party,
                              LocalDate consentedOn, Long expectedVersion) implements AgreementCommand {
        public ConsentToAmendment {
            Require.present(agreementId, "agreementId");
            party = Require.text(party, "party", TextLimits.NAME);
            Require.present(consentedOn, "consentedOn");
        }
    }

    /** Ends the whole agreement: no party is bound from {@code effectiveOn}. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record TerminateAgreement(@TargetAggregateIdentifier AgreementId agreementId, LocalDate effectiveOn,
                              String reason, Long expectedVersion) implements AgreementCommand {
        public TerminateAgreement {
            Require.present(agreementId, "agreementId");
            Require.present(effectiveOn, "effectiveOn");
            reason = reason == null || reason.isBlank() ? null : Require.text(reason, "reason", TextLimits.SUMMARY);
        }
    }
}
