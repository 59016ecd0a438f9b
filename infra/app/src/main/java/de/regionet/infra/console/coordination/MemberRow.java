package de.regionet.infra.console.coordination;

import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.query.workinggroup.WorkingGroupView;
import de.regionet.query.workinggroup.decision.DecisionLogView;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A member as the pages list it, by category and organisation; {@code votes} says whether its category votes under
 * the rules in force ({@code null}: no rules in force, so no one votes yet). The model knows no deputies.
 */
record MemberRow(String id, String organisation, StakeholderCategory category, LocalDate admittedOn, Boolean votes) {

    static List<MemberRow> of(WorkingGroupView group, Optional<DecisionLogView.Rules> rules) {
        return group.members().stream()
                .sorted(Comparator.comparing(WorkingGroupView.Member::category)
                        .thenComparing(WorkingGroupView.Member::organisation))
                .map(member -> new MemberRow(member.id(), member.organisation(), member.category(),
                        member.admittedOn(),
                        rules.map(in -> in.votingCategories().contains(member.category())).orElse(null)))
                .toList();
    }
}
