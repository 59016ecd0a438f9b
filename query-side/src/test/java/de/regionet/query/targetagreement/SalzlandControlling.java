package de.regionet.query.targetagreement;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.targetagreement.Assessment;
import de.regionet.kernel.targetagreement.Milestone;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.ReviewRecorded;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementDrafted;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementSigned;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentProposed;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentSigned;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import de.regionet.kernel.targetagreement.TargetFigure;
import de.regionet.kernel.workinggroup.ResolutionId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year of controlling in two regions, in global order. Salzlandkreis (15089) targets 100 participants in funding
 * area A (milestone 40 by 2026-06-30) and 20 qualifications in any area (5 by 2026-03-31, 15 by 2026-09-30) for
 * 2026, in force from 2026-01-01; its review of 2026-04-30 froze 30 and 6; result r-1 (30 in A, recorded 04-10) is
 * corrected to 35 on 05-20; amendment 1 lowers participants to 80 (milestone 30 by 06-30) from 2026-06-01; r-6 adds
 * 10 on 07-05. Results of area C, of Dessau-Roßlau (15001) and for a span beginning before 2026 do not count for
 * Salzland's participants. Dessau-Roßlau targets 200 participants in A; Börde (15083) only drafted one.
 */
final class SalzlandControlling {

    static final String SALZLAND = "15089";
    static final String DESSAU = "15001";
    static final String BOERDE = "15083";
    static final String AGREEMENT = "ta-salzland";
    static final String DESSAU_AGREEMENT = "ta-dessau";
    static final FundingArea A = new FundingArea("A");
    static final LocalDate TODAY = LocalDate.of(2026, 7, 10);
    static final List<TargetFigure> REVIEWED = List.of(
            new TargetFigure("PARTICIPANTS", A, number(100), number(30), new BigDecimal("30.0"), projects("p-a")),
            new TargetFigure("QUALIFICATION_GAINED", null, number(20), number(6), new BigDecimal("30.0"),
                    projects("p-a", "p-c")));

    static List<ProjectId> projects(String... ids) {
        return Arrays.stream(ids).map(ProjectId::new).toList();
    }

    private final ControllingProjection projection;
    private long position;

    SalzlandControlling(ControllingProjection projection) {
        this.projection = projection;
    }

    /** Delivers the whole history; results with global positions from 1, as {@code replay} says. */
    void deliver(ReplayStatus replay) {
        position = 0;
        agreements();
        project("p-a", SALZLAND, "A");
        project("p-c", SALZLAND, "C");
        project("p-dessau", DESSAU, "A");
        result("p-a", 1, "r-1", q1(), Map.of("PARTICIPANTS", 30, "QUALIFICATION_GAINED", 4), null, "2026-04-10",
                replay);
        result("p-c", 1, "r-2", q1(), Map.of("PARTICIPANTS", 25, "QUALIFICATION_GAINED", 2), null, "2026-04-12",
                replay);
        result("p-dessau", 1, "r-3", q1(), Map.of("PARTICIPANTS", 99), null, "2026-04-05", replay);
        result("p-a", 2, "r-4", new Period(day("2025-10-01"), day("2026-03-31")), Map.of("PARTICIPANTS", 1000),
                null, "2026-04-10", replay);
        projection.on(new ReviewRecorded(id(AGREEMENT), 1, day("2026-04-30"), Assessment.AT_RISK,
                "Zweite Kohorte früher beginnen", REVIEWED), 4);
        result("p-a", 3, "r-5", q1(), Map.of("PARTICIPANTS", 35, "QUALIFICATION_GAINED", 4), "r-1", "2026-05-20",
                replay);
        amendment();
        result("p-a", 4, "r-6", new Period(day("2026-04-01"), day("2026-06-30")), Map.of("PARTICIPANTS", 10), null,
                "2026-07-05", replay);
    }

    private void agreements() {
        projection.on(new TargetAgreementDrafted(id(AGREEMENT), new RegionKey(SALZLAND), year2026(),
                List.of("Regio-Netzwerkstelle", "Salzlandkreis"), List.of(
                new Target("PARTICIPANTS", number(100), A, List.of(new Milestone(day("2026-06-30"), number(40)))),
                new Target("QUALIFICATION_GAINED", number(20), null, List.of(
                        new Milestone(day("2026-03-31"), number(5)), new Milestone(day("2026-09-30"), number(15)))))),
                0);
        projection.on(new TargetAgreementSigned(id(AGREEMENT), "Regio-Netzwerkstelle", day("2025-12-10")), 1);
        projection.on(new TargetAgreementSigned(id(AGREEMENT), "Salzlandkreis", day("2025-12-15")), 2);
        projection.on(new TargetAgreementEnteredIntoForce(id(AGREEMENT), day("2026-01-01")), 3);
        projection.on(new TargetAgreementDrafted(id(DESSAU_AGREEMENT), new RegionKey(DESSAU), year2026(),
                List.of("Regio-Netzwerkstelle"), List.of(new Target("PARTICIPANTS", number(200), A, List.of()))), 0);
        projection.on(new TargetAgreementSigned(id(DESSAU_AGREEMENT), "Regio-Netzwerkstelle", day("2025-12-01")), 1);
        projection.on(new TargetAgreementEnteredIntoForce(id(DESSAU_AGREEMENT), day("2026-01-01")), 2);
        projection.on(new TargetAgreementDrafted(id("ta-boerde"), new RegionKey(BOERDE), year2026(),
                List.of("Regio-Netzwerkstelle", "Landkreis Börde"),
                List.of(new Target("PARTICIPANTS", number(70), null, List.of()))), 0);
    }

    private void amendment() {
        projection.on(new TargetAmendmentProposed(id(AGREEMENT), 1, List.of(new Target("PARTICIPANTS", number(80), A,
                List.of(new Milestone(day("2026-06-30"), number(30))))), "Späterer Projektstart", day("2026-05-01")),
                5);
        projection.on(new TargetAmendmentSigned(id(AGREEMENT), 1, "Regio-Netzwerkstelle", day("2026-05-10")), 6);
        projection.on(new TargetAmendmentSigned(id(AGREEMENT), 1, "Salzlandkreis", day("2026-05-12")), 7);
        projection.on(new TargetAmendmentEnteredIntoForce(id(AGREEMENT), 1, day("2026-06-01")), 8);
    }

    private void project(String project, String region, String area) {
        projection.on(new ProjectLaunched(new ProjectId(project), new CallId("c-1"), new ProposalId("pr-" + project),
                new ResolutionId("res-1"), new RegionKey(region), new ProgrammeId("regio-aktiv"),
                new FundingArea(area), "Bildungswerk", "Projekt " + project, "Begleitung", Euro.of("100000"), 24,
                IndicatorValues.NONE, day("2025-11-01")), 0);
    }

    private void result(String project, long version, String id, Period period, Map<String, Integer> values,
                        String corrects, String recordedOn, ReplayStatus replay) {
        var indicators = new TreeMap<String, BigDecimal>();
        values.forEach((code, value) -> indicators.put(code, number(value)));
        var event = new ResultRecorded(new ProjectId(project), new ResultId(id), period,
                new IndicatorValues(indicators), "Bilanz", List.of(), Audience.REGION,
                corrects == null ? null : new ResultId(corrects), day(recordedOn));
        var message = new GenericDomainEventMessage<>("Project", project, version, event,
                Map.of(EventMetaData.REGION_KEY, project.equals("p-dessau") ? DESSAU : SALZLAND));
        projection.on(event, version, message, new GlobalSequenceTrackingToken(++position), replay);
    }

    static BigDecimal number(int value) {
        return BigDecimal.valueOf(value);
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static TargetAgreementId id(String value) {
        return new TargetAgreementId(value);
    }

    private static Period year2026() {
        return new Period(day("2026-01-01"), day("2026-12-31"));
    }

    private static Period q1() {
        return new Period(day("2026-01-01"), day("2026-03-31"));
    }
}
