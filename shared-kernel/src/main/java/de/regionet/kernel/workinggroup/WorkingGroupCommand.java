package de.regionet.kernel.workinggroup;

import de.regionet.kernel.Period;
import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.SentBy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to an existing {@code WorkingGroup}. Each carries the aggregate version the sender based it on
 * ({@code null}: the sender does not care), so a decision made on stale information is refused, not applied.
 * Sent by the network office or a coordinator of the working group's region (checked by the aggregate).
 */
public sealed interface WorkingGroupCommand
        permits WorkingGroupCommand.AdmitMember, WorkingGroupCommand.WithdrawMember,
        WorkingGroupCommand.SetCoordination, DecisionCommand {

    WorkingGroupId workingGroupId();

    Long expectedVersion();

    /** Admits an organisation to the working group as a member for a stakeholder category. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record AdmitMember(@TargetAggregateIdentifier WorkingGroupId workingGroupId, MemberId memberId,
                       String organisation, StakeholderCategory category, LocalDate admittedOn,
                       Long expectedVersion) implements WorkingGroupCommand {
        public AdmitMember {
            Require.present(workingGroupId, "workingGroupId");
            Require.present(memberId, "memberId");
            organisation = Require.text(organisation, "organisation", TextLimits.NAME);
            Require.present(category, "category");
            Require.present(admittedOn, "admittedOn");
        }
    }

    /**
     * Ends a membership on {@code withdrawnOn}; the history keeps it. A withdrawal dated before decisions already
     * recorded in which the member took part contradicts them and is refused, unless the sender records it as a
     * {@code correction}: then those decisions are marked as affected. Left out ({@code null}), it is no correction.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record WithdrawMember(@TargetAggregateIdentifier WorkingGroupId workingGroupId, MemberId memberId,
                          LocalDate withdrawnOn, Boolean correction, Long expectedVersion)
            implements WorkingGroupCommand {
        public WithdrawMember {
            Require.present(workingGroupId, "workingGroupId");
            Require.present(memberId, "memberId");
            Require.present(withdrawnOn, "withdrawnOn");
            correction = Boolean.TRUE.equals(correction);
        }

        /** A withdrawal that is no correction. */
        public WithdrawMember(WorkingGroupId workingGroupId, MemberId memberId, LocalDate withdrawnOn,
                              Long expectedVersion) {
            this(workingGroupId, memberId, withdrawnOn, false, expectedVersion);
        }
    }

    /** Sets up or changes the regional coordination office (REKO) that runs the working group. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record SetCoordination(@TargetAggregateIdentifier WorkingGroupId workingGroupId, String organisation,
                           Period period, Long expectedVersion) implements WorkingGroupCommand {
        public SetCoordination {
            Require.present(workingGroupId, "workingGroupId");
            organisation = Require.text(organisation, "organisation", TextLimits.NAME);
            Require.present(period, "period");
        }
    }
}
