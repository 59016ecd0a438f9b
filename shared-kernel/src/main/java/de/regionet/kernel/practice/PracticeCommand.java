package de.regionet.kernel.practice;

import de.regionet.kernel.Require;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.project.Audience;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Commands to a {@code Practice}: the network office describes examples of its network, a region's coordination
 * those of its region. Each carries the version the sender based it on ({@code null}: the sender does not care).
 */
public sealed interface PracticeCommand {

    PracticeId practiceId();

    Long expectedVersion();

    /**
     * Describes a new example of good practice in {@code network} (left out: the network of its region, else the
     * one network its sender is the office of), shared with {@code audience}: {@code NETWORK}, {@code NATION_WIDE}
     * or {@code PUBLIC}.
     */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record DescribePractice(@TargetAggregateIdentifier PracticeId practiceId, PracticeContent content,
                            Audience audience, NetworkId network, LocalDate describedOn) implements PracticeCommand {
        public DescribePractice {
            Require.present(practiceId, "practiceId");
            Require.present(content, "content");
            Require.present(audience, "audience");
            Require.present(describedOn, "describedOn");
        }

        @Override
        public Long expectedVersion() {
            return null;
        }
    }

    /** Replaces what the example says and whom it is shared with; it stays in its network. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record RevisePractice(@TargetAggregateIdentifier PracticeId practiceId, PracticeContent content,
                          Audience audience, LocalDate revisedOn, Long expectedVersion) implements PracticeCommand {
        public RevisePractice {
            Require.present(practiceId, "practiceId");
            Require.present(content, "content");
            Require.present(audience, "audience");
            Require.present(revisedOn, "revisedOn");
        }
    }

    /** Takes the example back, with a reason; it is no longer shown, the history keeps it. */
    @SentBy({NETWORK_OFFICE, REGIONAL_COORDINATOR})
    record WithdrawPractice(@TargetAggregateIdentifier PracticeId practiceId, String reason, LocalDate withdrawnOn,
                            Long expectedVersion) implements PracticeCommand {
        public WithdrawPractice {
            Require.present(practiceId, "practiceId");
            reason = Require.optionalText(reason, "reason", de.regionet.kernel.TextLimits.SUMMARY);
            Require.present(withdrawnOn, "withdrawnOn");
        }
    }
}
