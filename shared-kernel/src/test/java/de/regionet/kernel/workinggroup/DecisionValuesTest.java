package de.regionet.kernel.workinggroup;

import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Majority;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Quorum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The arithmetic of quorum and majority, and the value objects of decisions. */
class DecisionValuesTest {

    @ParameterizedTest(name = "{0} of {1} taking part: quorate {2}")
    @CsvSource({"3,5,true", "2,5,false", "3,6,false", "4,6,true", "1,1,true", "0,0,false"})
    void more_than_half_of_the_voting_members_make_a_quorum(int participating, int votingMembers, boolean quorate) {
        assertThat(Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS.isMet(participating, votingMembers)).isEqualTo(quorate);
        assertThat(Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS.needed(votingMembers) <= participating).isEqualTo(quorate);
    }

    @ParameterizedTest(name = "{0} yes, {1} no: {2}")
    @CsvSource({"3,2,ADOPTED", "2,2,REJECTED", "1,0,ADOPTED", "0,0,REJECTED", "0,1,REJECTED"})
    void a_simple_majority_needs_more_yes_than_no(int yes, int no, Outcome outcome) {
        assertThat(Majority.SIMPLE.outcome(yes, no)).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} yes, {1} no: {2}")
    @CsvSource({"4,2,ADOPTED", "3,2,REJECTED", "2,1,ADOPTED", "1,0,ADOPTED", "0,0,REJECTED", "6,4,REJECTED"})
    void two_thirds_need_at_least_two_thirds_of_the_yes_and_no_votes(int yes, int no, Outcome outcome) {
        assertThat(Majority.TWO_THIRDS.outcome(yes, no)).isEqualTo(outcome);
    }

    @Test
    void rules_without_voting_categories_cannot_exist() {
        assertThatThrownBy(() -> new RulesOfProcedure(LocalDate.of(2022, 7, 1),
                Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS, Majority.SIMPLE, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("votingCategories must name at least one stakeholder category");
    }

    @Test
    void voting_categories_are_kept_once_in_a_stable_order() {
        var rules = new RulesOfProcedure(LocalDate.of(2022, 7, 1), Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS,
                Majority.SIMPLE, List.of(StakeholderCategory.JOB_CENTRE, StakeholderCategory.MUNICIPALITY,
                StakeholderCategory.JOB_CENTRE));
        assertThat(rules.votingCategories()).containsExactly(StakeholderCategory.MUNICIPALITY,
                StakeholderCategory.JOB_CENTRE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a", "AB", "1", "''", "Ä"})
    void a_funding_area_is_one_capital_letter(String code) {
        assertThatThrownBy(() -> new FundingArea(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void titles_compare_regardless_of_case_spacing_and_kind_of_dash() {
        var title = PriorityForAction.normalisedTitle("Übergang Schule–Beruf");
        assertThat(PriorityForAction.normalisedTitle("  übergang   schule - beruf ")).isEqualTo(title);
        assertThat(PriorityForAction.normalisedTitle("ÜBERGANG SCHULE-BERUF")).isEqualTo(title);
        assertThat(PriorityForAction.normalisedTitle("Übergang Schule—Beruf")).isEqualTo(title);
        assertThat(PriorityForAction.normalisedTitle("Übergang Beruf–Schule")).isNotEqualTo(title);
    }

    @Test
    void a_subject_knows_its_sponsors_regardless_of_case() {
        var subject = new Subject(Subject.Type.PROPOSAL, "p-1", List.of("Bildungswerk Salzland"));
        assertThat(subject.sponsoredBy("BILDUNGSWERK salzland")).isTrue();
        assertThat(subject.sponsoredBy("Jobcenter Salzlandkreis")).isFalse();
        assertThat(new Subject(Subject.Type.CALL, "c-1", null).sponsors()).isEmpty();
    }
}
