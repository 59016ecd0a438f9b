package de.regionet.command.workinggroup;

import de.regionet.command.access.Senders;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.WorkingGroupCommand;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.AdmitMember;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.SetCoordination;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.WithdrawMember;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.CoordinationSet;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.kernel.workinggroup.WorkingGroupKind;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static de.regionet.command.access.Rejections.aboutField;
import static de.regionet.command.access.Rejections.rejectedAs;
import static de.regionet.kernel.workinggroup.StakeholderCategory.BUSINESS;
import static de.regionet.kernel.workinggroup.StakeholderCategory.JOB_CENTRE;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;

class WorkingGroupTest {

    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final WorkingGroupId RAK = new WorkingGroupId("rak-salzlandkreis");
    private static final MemberId JOBCENTER = new MemberId("m-jobcenter");
    private static final MemberId CHAMBER = new MemberId("m-chamber");
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);

    private static final WorkingGroupEstablished ESTABLISHED =
            new WorkingGroupEstablished(RAK, SALZLANDKREIS, "RAK Salzlandkreis", LocalDate.of(2022, 3, 1));
    private static final MemberAdmitted JOBCENTER_ADMITTED =
            new MemberAdmitted(RAK, JOBCENTER, "Jobcenter Salzlandkreis", JOB_CENTRE, MARCH_1);

    private FixtureConfiguration<WorkingGroup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingGroup.class);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    @Test
    void a_working_group_is_established_in_its_region() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new WorkingGroup(RAK, SALZLANDKREIS, "RAK Salzlandkreis",
                        LocalDate.of(2022, 3, 1), WorkingGroupKind.DECIDING))
                .expectEvents(inSalzlandkreis(ESTABLISHED));
    }

    @Test
    void admitting_a_member_records_the_admission_in_the_region_and_answers_the_new_version() {
        fixture.given(ESTABLISHED)
                .when(new AdmitMember(RAK, JOBCENTER, "Jobcenter Salzlandkreis", JOB_CENTRE, MARCH_1, null))
                .expectResultMessagePayload(1L)
                .expectEventsMatching(exactSequenceOf(
                        allOf(payload(JOBCENTER_ADMITTED), regionKey("15089")),
                        andNoMore()));
    }

    @Test
    void admitting_the_same_organisation_twice_is_rejected_regardless_of_case() {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(new AdmitMember(RAK, CHAMBER, "JOBCENTER salzlandkreis", JOB_CENTRE, JUNE_30, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("JOBCENTER salzlandkreis is already a member of this working group")
                .expectNoEvents();
    }

    @Test
    void admitting_the_same_member_twice_is_rejected() {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(new AdmitMember(RAK, JOBCENTER, "IHK Magdeburg", BUSINESS, JUNE_30, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectExceptionMessage("member id m-jobcenter is already taken in this working group")
                .expectNoEvents();
    }

    @Test
    void a_withdrawn_members_id_is_never_reused() {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED, new MemberWithdrawn(RAK, JOBCENTER, JUNE_30))
                .when(new AdmitMember(RAK, JOBCENTER, "IHK Magdeburg", BUSINESS, JUNE_30, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void an_organisation_that_withdrew_can_be_admitted_again() {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED, new MemberWithdrawn(RAK, JOBCENTER, JUNE_30))
                .when(new AdmitMember(RAK, CHAMBER, "Jobcenter Salzlandkreis", JOB_CENTRE, JUNE_30, null))
                .expectResultMessagePayload(3L)
                .expectEvents(inSalzlandkreis(
                        new MemberAdmitted(RAK, CHAMBER, "Jobcenter Salzlandkreis", JOB_CENTRE, JUNE_30)));
    }

    @Test
    void admitting_to_an_unknown_working_group_fails() {
        fixture.givenNoPriorActivity()
                .when(new AdmitMember(RAK, JOBCENTER, "Jobcenter Salzlandkreis", JOB_CENTRE, MARCH_1, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void withdrawing_a_member_records_the_withdrawal_and_answers_the_new_version() {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(new WithdrawMember(RAK, JOBCENTER, JUNE_30, null))
                .expectResultMessagePayload(2L)
                .expectEvents(inSalzlandkreis(new MemberWithdrawn(RAK, JOBCENTER, JUNE_30)));
    }

    @Test
    void a_member_can_withdraw_on_the_day_of_admission() {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(new WithdrawMember(RAK, JOBCENTER, MARCH_1, null))
                .expectEvents(inSalzlandkreis(new MemberWithdrawn(RAK, JOBCENTER, MARCH_1)));
    }

    @Test
    void withdrawing_an_unknown_member_is_rejected() {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(new WithdrawMember(RAK, CHAMBER, JUNE_30, null))
                .expectException(rejectedAs(Rejection.Kind.NOT_FOUND))
                .expectExceptionMessage("no active member m-chamber in this working group")
                .expectNoEvents();
    }

    @Test
    void withdrawing_a_member_twice_is_rejected() {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED, new MemberWithdrawn(RAK, JOBCENTER, JUNE_30))
                .when(new WithdrawMember(RAK, JOBCENTER, JUNE_30, null))
                .expectException(rejectedAs(Rejection.Kind.NOT_FOUND))
                .expectExceptionMessage("no active member m-jobcenter in this working group")
                .expectNoEvents();
    }

    @Test
    void a_withdrawal_dated_before_the_admission_is_rejected() {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(new WithdrawMember(RAK, JOBCENTER, MARCH_1.minusDays(1), null))
                .expectException(allOf(rejectedAs(Rejection.Kind.INVALID), aboutField("withdrawnOn")))
                .expectExceptionMessage("a withdrawal cannot precede the member's admission")
                .expectNoEvents();
    }

    @Test
    void setting_the_coordination_records_it_and_answers_the_new_version() {
        var coordination = new Period(MARCH_1, null);
        fixture.given(ESTABLISHED)
                .when(new SetCoordination(RAK, "REKO Salzlandkreis", coordination, null))
                .expectResultMessagePayload(1L)
                .expectEvents(inSalzlandkreis(new CoordinationSet(RAK, "REKO Salzlandkreis", coordination)));
    }

    @Test
    void the_coordination_can_be_changed() {
        var first = new Period(MARCH_1, JUNE_30);
        var second = new Period(JUNE_30.plusDays(1), null);
        fixture.given(ESTABLISHED, new CoordinationSet(RAK, "REKO Salzlandkreis", first))
                .when(new SetCoordination(RAK, "Bildungswerk Magdeburg", second, null))
                .expectResultMessagePayload(2L)
                .expectEvents(inSalzlandkreis(new CoordinationSet(RAK, "Bildungswerk Magdeburg", second)));
    }

    /** Each command, based on the given version of a working group whose current version is 1. */
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("admit", (Function<Long, WorkingGroupCommand>) version ->
                        new AdmitMember(RAK, CHAMBER, "IHK Magdeburg", BUSINESS, JUNE_30, version)),
                Arguments.of("withdraw", (Function<Long, WorkingGroupCommand>) version ->
                        new WithdrawMember(RAK, JOBCENTER, JUNE_30, version)),
                Arguments.of("coordinate", (Function<Long, WorkingGroupCommand>) version ->
                        new SetCoordination(RAK, "REKO Salzlandkreis", new Period(MARCH_1, null), version)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void a_command_based_on_an_older_version_is_rejected(String name, Function<Long, WorkingGroupCommand> command) {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(command.apply(0L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectExceptionMessage("the request was based on version 0, but the current version is 1")
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void a_command_based_on_a_version_that_does_not_exist_yet_is_rejected(
            String name, Function<Long, WorkingGroupCommand> command) {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(command.apply(7L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void a_command_based_on_the_current_version_is_accepted(String name, Function<Long, WorkingGroupCommand> command) {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(command.apply(1L))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L)
                .expectEventsMatching(exactSequenceOf(regionKey("15089"), andNoMore()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void a_command_without_an_expected_version_is_accepted(String name, Function<Long, WorkingGroupCommand> command) {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(command.apply(null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void a_coordinator_of_the_region_may_send_every_command(String name,
                                                            Function<Long, WorkingGroupCommand> command) {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(command.apply(1L), Senders.sentBy(Senders.coordinatorOf("15001", "15089")))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void a_coordinator_of_another_region_is_refused_whatever_the_command(String name,
                                                                         Function<Long, WorkingGroupCommand> command) {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(command.apply(null), Senders.sentBy(Senders.coordinatorOf("15001")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectExceptionMessage(Senders.pseudonymOf("coordinator-15001")
                        + " may not act for region 15089 (it acts for 15001)")
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void the_region_is_checked_before_the_version(String name, Function<Long, WorkingGroupCommand> command) {
        fixture.given(ESTABLISHED, JOBCENTER_ADMITTED)
                .when(command.apply(0L), Senders.sentBy(Senders.coordinatorOf("15001")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void roles_without_a_region_cannot_change_a_working_group() {
        for (var sender : new de.regionet.kernel.access.Actor[]{Senders.AUDITOR, Senders.SPONSOR}) {
            fixture.given(ESTABLISHED)
                    .when(new SetCoordination(RAK, "REKO Salzlandkreis", new Period(MARCH_1, null), null),
                            Senders.sentBy(sender))
                    .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                    .expectNoEvents();
        }
    }

    @Test
    void a_command_without_a_sender_is_refused() {
        var withoutSenders = new AggregateTestFixture<>(WorkingGroup.class);
        withoutSenders.given(ESTABLISHED)
                .when(new SetCoordination(RAK, "REKO Salzlandkreis", new Period(MARCH_1, null), null))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectExceptionMessage("commands must be sent by a signed-in user")
                .expectNoEvents();
    }

    private static EventMessage<?> inSalzlandkreis(Object payload) {
        return GenericEventMessage.asEventMessage(payload)
                .andMetaData(Map.of(EventMetaData.REGION_KEY, SALZLANDKREIS.value()));
    }

    private static Matcher<EventMessage<?>> payload(Object expected) {
        return new FeatureMatcher<EventMessage<?>, Object>(equalTo(expected), "an event with payload", "payload") {
            @Override
            protected Object featureValueOf(EventMessage<?> event) {
                return event.getPayload();
            }
        };
    }

    private static Matcher<EventMessage<?>> regionKey(String key) {
        return new FeatureMatcher<EventMessage<?>, Object>(equalTo(key), "an event with metadata regionKey",
                "regionKey") {
            @Override
            protected Object featureValueOf(EventMessage<?> event) {
                return event.getMetaData().get(EventMetaData.REGION_KEY);
            }
        };
    }
}
