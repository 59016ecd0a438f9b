package de.regionet.query.targetagreement;

import de.regionet.kernel.targetagreement.Milestone;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.query.targetagreement.Standing.MilestoneStatus;
import de.regionet.query.targetagreement.Standing.Status;
import de.regionet.query.targetagreement.Standing.Trend;
import de.regionet.query.targetagreement.TargetAgreementView.Amendment;
import de.regionet.query.targetagreement.TargetAgreementView.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static de.regionet.query.targetagreement.SalzlandControlling.A;
import static de.regionet.query.targetagreement.SalzlandControlling.day;
import static de.regionet.query.targetagreement.SalzlandControlling.number;
import static org.assertj.core.api.Assertions.assertThat;

/** Where an agreement stands on a day follows from its history and the results as they stood that day. */
class StandingTest {

    private static final Target PARTICIPANTS = new Target("PARTICIPANTS", number(100), A,
            List.of(new Milestone(day("2026-03-31"), number(20)), new Milestone(day("2026-06-30"), number(50)),
                    new Milestone(day("2026-09-30"), number(75))));
    private static final Target QUALIFICATIONS = new Target("QUALIFICATION_GAINED", number(0), null, List.of());
    private static final Target FEWER_PARTICIPANTS = new Target("PARTICIPANTS", number(80), A, List.of());

    private static final TargetAgreementView AGREEMENT = new TargetAgreementView("ta-1", "15089",
            day("2026-01-01"), day("2026-12-31"), List.of("Netzwerkstelle", "Salzlandkreis"),
            List.of(new Signature("Netzwerkstelle", day("2025-12-10")),
                    new Signature("Salzlandkreis", day("2025-12-15"))),
            day("2026-01-01"), List.of(PARTICIPANTS, QUALIFICATIONS),
            List.of(new Amendment(1, List.of(FEWER_PARTICIPANTS), "später gestartet", day("2026-05-01"), List.of(),
                    day("2026-06-01")), new Amendment(2, List.of(new Target("PARTICIPANTS", number(10), A, List.of())),
                    "nie unterschrieben", day("2026-07-01"), List.of(), null)),
            List.of(), 7);

    private final List<ReportedResult> results = new ArrayList<>();

    private ReportedResult result(String id, String region, String area, String from, String to, int participants,
                                  String recordedOn) {
        var result = new ReportedResult(id, "p-1", region, area, day(from), day(to),
                Map.of("PARTICIPANTS", number(participants)), day(recordedOn), null, null, 1);
        results.add(result);
        return result;
    }

    private void correct(ReportedResult corrected, String by, int participants, String recordedOn) {
        results.remove(corrected);
        results.add(corrected.correctedBy(by, day(recordedOn), 2));
        result(by, corrected.regionKey(), corrected.fundingArea(), corrected.periodFrom().toString(),
                corrected.periodTo().toString(), participants, recordedOn);
    }

    private Standing standing() {
        return Standing.of(AGREEMENT, results);
    }

    private BigDecimal actual(String day) {
        return standing().actuals().of(PARTICIPANTS, day(day));
    }

    @Test
    void the_actual_of_a_day_ignores_results_recorded_later() {
        result("r-1", "15089", "A", "2026-01-01", "2026-03-31", 30, "2026-04-10");
        assertThat(actual("2026-04-09")).isEqualByComparingTo("0");
        assertThat(actual("2026-04-10")).isEqualByComparingTo("30");
    }

    @Test
    void the_actual_of_a_day_counts_a_result_until_its_correction_is_recorded() {
        var first = result("r-1", "15089", "A", "2026-01-01", "2026-03-31", 30, "2026-04-10");
        correct(first, "r-2", 35, "2026-05-20");
        assertThat(actual("2026-05-19")).isEqualByComparingTo("30");
        assertThat(actual("2026-05-20")).isEqualByComparingTo("35");
    }

    @Test
    void results_of_another_region_area_or_outside_the_period_do_not_count() {
        result("r-1", "15089", "A", "2026-01-01", "2026-03-31", 30, "2026-04-10");
        result("r-2", "15001", "A", "2026-01-01", "2026-03-31", 1, "2026-04-10");
        result("r-3", "15089", "C", "2026-01-01", "2026-03-31", 2, "2026-04-10");
        result("r-4", "15089", "A", "2025-10-01", "2026-03-31", 4, "2026-04-10");
        result("r-5", "15089", "A", "2026-10-01", "2027-03-31", 8, "2027-04-10");
        assertThat(actual("2027-06-01")).isEqualByComparingTo("30");
        var anyArea = new Target("PARTICIPANTS", number(1), null, List.of());
        assertThat(standing().actuals().of(anyArea, day("2027-06-01"))).isEqualByComparingTo("32");
    }

    @Test
    void a_missing_indicator_counts_as_zero() {
        result("r-1", "15089", "A", "2026-01-01", "2026-03-31", 30, "2026-04-10");
        assertThat(standing().actuals().of(QUALIFICATIONS, day("2026-05-01"))).isEqualByComparingTo("0");
    }

    @Test
    void an_amendment_replaces_the_target_it_measures_only_from_the_day_it_takes_effect() {
        assertThat(standing().targetsInForce(day("2026-05-31"))).containsExactly(PARTICIPANTS, QUALIFICATIONS);
        assertThat(standing().targetsInForce(day("2026-06-01"))).containsExactly(FEWER_PARTICIPANTS, QUALIFICATIONS);
        assertThat(standing().targetsInForce(day("2027-01-01"))).as("amendment 2 never took effect")
                .containsExactly(FEWER_PARTICIPANTS, QUALIFICATIONS);
    }

    @Test
    void a_milestone_is_reached_or_missed_by_the_actual_on_its_day_and_pending_before() {
        result("r-1", "15089", "A", "2026-01-01", "2026-03-31", 25, "2026-03-31");
        result("r-2", "15089", "A", "2026-04-01", "2026-06-30", 20, "2026-07-02");
        var standing = standing();
        var day = day("2026-07-10");
        assertThat(PARTICIPANTS.milestones()).extracting(milestone -> standing.milestone(PARTICIPANTS, milestone, day))
                .containsExactly(MilestoneStatus.REACHED, MilestoneStatus.MISSED, MilestoneStatus.PENDING);
        assertThat(standing.milestone(PARTICIPANTS, new Milestone(day("2026-07-02"), number(45)), day))
                .as("reached exactly").isEqualTo(MilestoneStatus.REACHED);
    }

    @Test
    void the_percentage_has_one_decimal_rounded_half_up_and_none_for_a_target_of_zero() {
        assertThat(Actuals.percent(number(35), number(80))).isEqualTo(new BigDecimal("43.8"));
        assertThat(Actuals.percent(number(1), number(3))).isEqualTo(new BigDecimal("33.3"));
        assertThat(Actuals.percent(number(0), number(80))).isEqualTo(new BigDecimal("0.0"));
        assertThat(Actuals.percent(number(5), number(0))).isNull();
        result("r-1", "15089", "A", "2026-01-01", "2026-03-31", 35, "2026-04-10");
        assertThat(standing().figures(day("2026-06-01"))).extracting(figure -> figure.percent())
                .containsExactly(new BigDecimal("43.8"), null);
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource({"2025-12-31, 100, NOT_STARTED", "2026-01-01, 0, BEHIND", "2026-01-01, 1, AHEAD",
            "2026-07-02, 51, AHEAD", "2026-07-02, 50, BEHIND", "2027-03-01, 100, AHEAD", "2027-03-01, 99, BEHIND"})
    void the_trend_compares_the_actual_with_the_share_of_the_target_for_the_days_elapsed(LocalDate day, int actual,
                                                                                       Trend trend) {
        // 2026-07-02 is day 183 of 365: the share of 100 is 50.14; after the period's end it is all of it
        assertThat(standing().trend(PARTICIPANTS, number(actual), day)).isEqualTo(trend);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2025-12-01, DRAFT", "2025-12-14, DRAFT", "2025-12-15, SIGNED", "2025-12-31, SIGNED",
            "2026-01-01, IN_FORCE", "2026-12-31, IN_FORCE", "2027-01-01, ENDED"})
    void the_status_follows_the_signatures_and_the_period(LocalDate day, Status status) {
        assertThat(standing().status(day)).isEqualTo(status);
    }

    @Test
    void an_agreement_not_every_party_signed_stays_a_draft() {
        var draft = new TargetAgreementView("ta-2", "15089", day("2026-01-01"), day("2026-12-31"),
                List.of("Netzwerkstelle", "Salzlandkreis"), List.of(new Signature("Netzwerkstelle", day("2025-12-10"))),
                null, List.of(PARTICIPANTS), List.of(), List.of(), 1);
        assertThat(Standing.of(draft, List.of()).status(day("2027-06-01"))).isEqualTo(Status.DRAFT);
        assertThat(Standing.of(draft, List.of()).enteredIntoForceBy(day("2027-06-01"))).isFalse();
    }
}
