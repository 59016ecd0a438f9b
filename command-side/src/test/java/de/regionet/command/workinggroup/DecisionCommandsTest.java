package de.regionet.command.workinggroup;

import de.regionet.command.access.Senders;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.workinggroup.DecisionCommand;
import de.regionet.kernel.workinggroup.DecisionCommand.AdoptPriorities;
import de.regionet.kernel.workinggroup.DecisionCommand.CastCirculationVote;
import de.regionet.kernel.workinggroup.DecisionCommand.DeclareCirculationRecusal;
import de.regionet.kernel.workinggroup.DecisionCommand.OpenCirculation;
import de.regionet.kernel.workinggroup.DecisionCommand.PreviewResolution;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.kernel.workinggroup.DecisionCommand.SetRulesOfProcedure;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationOpened;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.RulesOfProcedure;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Majority;
import de.regionet.kernel.workinggroup.Vote;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static de.regionet.command.access.Rejections.rejectedAs;
import static de.regionet.command.workinggroup.Rak.AGENCY;
import static de.regionet.command.workinggroup.Rak.CHAMBER;
import static de.regionet.command.workinggroup.Rak.JOBCENTER;
import static de.regionet.command.workinggroup.Rak.MEETING;
import static de.regionet.command.workinggroup.Rak.RAK;
import static de.regionet.command.workinggroup.Rak.RULES;
import static de.regionet.command.workinggroup.Rak.VOTING;
import static de.regionet.command.workinggroup.Rak.constituted;
import static de.regionet.command.workinggroup.Rak.yes;
import static de.regionet.kernel.workinggroup.RulesOfProcedure.Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS;

/**
 * What every decision command shares with the working group's other commands: only the network office and the
 * coordinators of the working group's region send it, the region is checked before the version, and a command
 * based on an older version is refused.
 */
class DecisionCommandsTest {

    private static final ResolutionId ADOPTED = new ResolutionId("b-2022-04");
    private static final LocalDate OPENED_ON = LocalDate.of(2022, 10, 1);

    /** Constituted, one adopted resolution and one open written procedure: version 9. */
    private static final long CURRENT = 9;

    private FixtureConfiguration<WorkingGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingGroup.class);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    private static Object[] history() {
        var events = new ArrayList<>(List.of(constituted()));
        events.add(new ResolutionRecorded(RAK, ADOPTED, Procedure.MEETING, null, MEETING, "TOP 2", "Beschluss", null,
                RULES, VOTING, List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY), yes(JOBCENTER)), List.of(),
                true, Outcome.ADOPTED));
        events.add(new CirculationOpened(RAK, 1, new ResolutionId("b-u1"), "Umlauf", null, OPENED_ON,
                OPENED_ON.plusDays(14), RULES, VOTING, List.of()));
        return events.toArray();
    }

    /** Each decision command, based on the given version. */
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("rules", (Function<Long, DecisionCommand>) version -> new SetRulesOfProcedure(RAK,
                        new RulesOfProcedure(LocalDate.of(2023, 1, 1), MORE_THAN_HALF_OF_VOTING_MEMBERS,
                                Majority.TWO_THIRDS, RULES.votingCategories()), version)),
                Arguments.of("resolution", (Function<Long, DecisionCommand>) version -> new RecordResolution(RAK,
                        new ResolutionId("b-new"), MEETING, "TOP 5", "Beschluss", null,
                        List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY)), List.of(), version)),
                Arguments.of("preview", (Function<Long, DecisionCommand>) version -> new PreviewResolution(
                        new RecordResolution(RAK, new ResolutionId("b-new"), MEETING, "TOP 5", "Beschluss", null,
                                List.of(AGENCY, JOBCENTER, CHAMBER), List.of(yes(AGENCY)), List.of(), version))),
                Arguments.of("circulation", (Function<Long, DecisionCommand>) version -> new OpenCirculation(RAK,
                        new ResolutionId("b-u2"), "Umlauf 2", null, OPENED_ON, OPENED_ON.plusDays(7),
                        Instant.parse("2022-10-08T22:00:00Z"), version)),
                Arguments.of("vote", (Function<Long, DecisionCommand>) version -> new CastCirculationVote(RAK, 1,
                        AGENCY, Vote.YES, OPENED_ON, version)),
                Arguments.of("recusal", (Function<Long, DecisionCommand>) version -> new DeclareCirculationRecusal(RAK,
                        1, AGENCY, "Befangenheit", OPENED_ON, version)),
                Arguments.of("priorities", (Function<Long, DecisionCommand>) version -> new AdoptPriorities(RAK,
                        ADOPTED, new Period(LocalDate.of(2023, 1, 1), null),
                        List.of(new PriorityForAction("Fachkräftesicherung", List.of(new FundingArea("C")))),
                        version)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void a_coordinator_of_the_region_may_send_every_decision_command(String name,
                                                                    Function<Long, DecisionCommand> command) {
        fixture.given(history())
                .when(command.apply(CURRENT), Senders.sentBy(Senders.coordinatorOf("15089")))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void a_coordinator_of_another_region_is_refused_whatever_the_decision(String name,
                                                                         Function<Long, DecisionCommand> command) {
        fixture.given(history())
                .when(command.apply(0L), Senders.sentBy(Senders.coordinatorOf("15001")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectExceptionMessage(Senders.pseudonymOf("coordinator-15001")
                        + " may not act for region 15089 (it acts for 15001)")
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void a_decision_based_on_an_older_version_is_refused(String name, Function<Long, DecisionCommand> command) {
        fixture.given(history())
                .when(command.apply(CURRENT - 1))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectExceptionMessage("the request was based on version 8, but the current version is 9")
                .expectNoEvents();
    }

    @Test
    void roles_without_a_region_cannot_take_decisions() {
        for (var sender : new Actor[]{Senders.AUDITOR, Senders.SPONSOR}) {
            fixture.given(history())
                    .when(commands().findFirst().map(arguments -> ((Function<Long, DecisionCommand>)
                            arguments.get()[1]).apply(null)).orElseThrow(), Senders.sentBy(sender))
                    .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                    .expectNoEvents();
        }
    }
}
