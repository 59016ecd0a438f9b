package de.regionet.kernel.workinggroup;

import de.regionet.kernel.Require;

import java.time.LocalDate;
import java.util.List;

/**
 * A working group's rules of procedure (Geschäftsordnung) from a date on: which stakeholder categories vote, when
 * the body is quorate and which majority adopts a motion. A resolution is judged by the rules in force on its date.
 * <p>
 * {@code votingRecordPublic}: whether the working group publishes who voted how in the decisions judged by these
 * rules to everyone who may read its decision log. {@code false} (the default, and what rules stored before the
 * setting existed read as): only the network office, auditors and the region's coordination see the per-member
 * record, everyone else the counts and the outcome. A {@code Boolean} only so that JSON without the field reads;
 * it is never {@code null}.
 */
public record RulesOfProcedure(LocalDate validFrom, Quorum quorum, Majority majority,
                               List<StakeholderCategory> votingCategories, Boolean votingRecordPublic) {

    /** When a body may decide. */
    public enum Quorum {
        /** More than half of the members with a vote take part (present and not recused). */
        MORE_THAN_HALF_OF_VOTING_MEMBERS;

        public boolean isMet(int participating, int votingMembers) {
            return switch (this) {
                case MORE_THAN_HALF_OF_VOTING_MEMBERS -> 2 * participating > votingMembers;
            };
        }

        /** The smallest number of participants that makes the body quorate. */
        public int needed(int votingMembers) {
            return switch (this) {
                case MORE_THAN_HALF_OF_VOTING_MEMBERS -> votingMembers / 2 + 1;
            };
        }
    }

    /** Which share of the votes adopts a motion; abstentions are not votes cast. */
    public enum Majority {
        /** More yes than no votes. */
        SIMPLE,
        /** At least two thirds of the yes and no votes are yes (and there is at least one). */
        TWO_THIRDS;

        public Outcome outcome(int yes, int no) {
            var adopted = switch (this) {
                case SIMPLE -> yes > no;
                case TWO_THIRDS -> yes > 0 && 3 * yes >= 2 * (yes + no);
            };
            return adopted ? Outcome.ADOPTED : Outcome.REJECTED;
        }
    }

    public RulesOfProcedure {
        Require.present(validFrom, "validFrom");
        Require.present(quorum, "quorum");
        Require.present(majority, "majority");
        if (votingCategories == null || votingCategories.isEmpty()) {
            throw new IllegalArgumentException("votingCategories must name at least one stakeholder category");
        }
        votingCategories = votingCategories.stream().map(category -> Require.present(category, "votingCategory"))
                .distinct().sorted().toList();
        votingRecordPublic = Boolean.TRUE.equals(votingRecordPublic);
    }

    /** Rules that keep the voting record confidential. */
    public RulesOfProcedure(LocalDate validFrom, Quorum quorum, Majority majority,
                            List<StakeholderCategory> votingCategories) {
        this(validFrom, quorum, majority, votingCategories, false);
    }

    public boolean votes(StakeholderCategory category) {
        return votingCategories.contains(category);
    }
}
