package de.regionet.kernel.cooperation;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to a {@code CooperationBody}, sent by the network office or a coordinator of the body's region (checked
 * by the aggregate). Commands to an existing body carry the aggregate version the sender based them on
 * ({@code null}: the sender does not care).
 */
public sealed interface CooperationBodyCommand {

    CooperationBodyId cooperationBodyId();

    /** The version the sender saw; {@code null} when it sets no condition. */
    default Long expectedVersion() {
        return null;
    }

    /**
     * Records a local cooperation body founded on {@code foundedOn} in its region, with its site and founding
     * partners. {@code kindName} names a kind of the network's own and is required for {@code OTHER} only;
     * {@code agreementId}, when given, is the cooperation agreement the body implements and must exist.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record EstablishCooperationBody(@TargetAggregateIdentifier CooperationBodyId cooperationBodyId,
                                    RegionKey regionKey, CooperationBodyKind kind, String kindName, String name,
                                    String site, List<Partner> partners, AgreementId agreementId,
                                    LocalDate foundedOn) implements CooperationBodyCommand {
        public EstablishCooperationBody {
            Require.present(cooperationBodyId, "cooperationBodyId");
            Require.present(regionKey, "regionKey");
            Require.present(kind, "kind");
            kindName = Require.optionalText(kindName, "kindName", TextLimits.NAME);
            name = Require.text(name, "name", TextLimits.NAME);
            site = Require.text(site, "site", TextLimits.NAME);
            partners = List.copyOf(Require.present(partners, "partners"));
            Require.present(foundedOn, "foundedOn");
        }
    }

    /** Admits an organisation as a partner from {@code admittedOn}. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record AdmitCooperationPartner(@TargetAggregateIdentifier CooperationBodyId cooperationBodyId, Partner partner,
                                   LocalDate admittedOn, Long expectedVersion) implements CooperationBodyCommand {
        public AdmitCooperationPartner {
            Require.present(cooperationBodyId, "cooperationBodyId");
            Require.present(partner, "partner");
            Require.present(admittedOn, "admittedOn");
        }
    }

    /** Ends a partnership on {@code withdrawnOn}; the history keeps it. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record WithdrawCooperationPartner(@TargetAggregateIdentifier CooperationBodyId cooperationBodyId,
                                      PartnerId partnerId, LocalDate withdrawnOn, Long expectedVersion)
            implements CooperationBodyCommand {
        public WithdrawCooperationPartner {
            Require.present(cooperationBodyId, "cooperationBodyId");
            Require.present(partnerId, "partnerId");
            Require.present(withdrawnOn, "withdrawnOn");
        }
    }

    /** The body works at {@code site} from {@code movedOn}. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record ChangeCooperationSite(@TargetAggregateIdentifier CooperationBodyId cooperationBodyId, String site,
                                 LocalDate movedOn, Long expectedVersion) implements CooperationBodyCommand {
        public ChangeCooperationSite {
            Require.present(cooperationBodyId, "cooperationBodyId");
            site = Require.text(site, "site", TextLimits.NAME);
            Require.present(movedOn, "movedOn");
        }
    }

    /** The body was dissolved on {@code dissolvedOn}; it changes no more. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record DissolveCooperationBody(@TargetAggregateIdentifier CooperationBodyId cooperationBodyId,
                                   LocalDate dissolvedOn, String reason, Long expectedVersion)
            implements CooperationBodyCommand {
        public DissolveCooperationBody {
            Require.present(cooperationBodyId, "cooperationBodyId");
            Require.present(dissolvedOn, "dissolvedOn");
            reason = Require.optionalText(reason, "reason", TextLimits.SUMMARY);
        }
    }
}
