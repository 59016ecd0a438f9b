package de.regionet.infra.security;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Euro;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.call.CallEvent.ProposalsSelected;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.NotSelected;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationOpened;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationRecusalDeclared;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationVoteCast;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.RulesOfProcedure;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.live.LiveRouting;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live messages carry whole events, so an event that names votes, recusals or a call's applicants may go only to
 * topics that just the network office, auditors and the region's coordination read: never to one a project sponsor,
 * a coordinator of another region or an anonymous client may subscribe to, whatever the working group's rules.
 */
class ConfidentialLiveRoutingTest {

    private static final WorkingGroupId RAK = new WorkingGroupId("rak-15089");
    private static final MemberId AGENCY = new MemberId("m-aa");
    private static final MemberId SPONSOR = new MemberId("m-bw");
    private static final ResolutionId RESOLUTION = new ResolutionId("r-1");
    private static final CallId CALL = new CallId("c-1");
    private static final RulesOfProcedure PUBLISHED = new RulesOfProcedure(LocalDate.of(2023, 1, 1),
            RulesOfProcedure.Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS, RulesOfProcedure.Majority.SIMPLE,
            List.of(StakeholderCategory.EMPLOYMENT_AGENCY, StakeholderCategory.WELFARE_ASSOCIATION), true);
    private static final Subject APPLICANTS = new Subject(Subject.Type.CALL, CALL.value(),
            List.of("Bildungswerk Salzland", "Volkshochschule Salzland"));

    private static final LiveRouting ROUTING = new LiveRouting(LiveTopicDeclarations.ALL);
    private static final TopicRules RULES = new TopicRules(LiveTopicDeclarations.ALL);

    private static final List<Optional<Actor>> OTHERS = List.of(
            Optional.of(new Actor("s", Set.of(Role.PROJECT_SPONSOR), Set.of(), "Bildungswerk Salzland")),
            Optional.of(new Actor("c", Set.of(Role.REGIONAL_COORDINATOR), Set.of(new RegionKey("15001")), null)),
            Optional.empty());
    private static final List<Optional<Actor>> WHOLE_RECORD = List.of(
            Optional.of(new Actor("o", Set.of(Role.NETWORK_OFFICE), Set.of(), null)),
            Optional.of(new Actor("a", Set.of(Role.AUDITOR), Set.of(), null)),
            Optional.of(new Actor("r", Set.of(Role.REGIONAL_COORDINATOR), Set.of(new RegionKey("15089")), null)));

    static Stream<Object> confidentialEvents() {
        return Stream.of(
                new ResolutionRecorded(RAK, RESOLUTION, Procedure.MEETING, null, LocalDate.of(2023, 3, 1), "TOP 1",
                        "Auswahl", APPLICANTS, PUBLISHED, List.of(AGENCY, SPONSOR), List.of(AGENCY, SPONSOR),
                        List.of(new CastVote(AGENCY, Vote.YES)), List.of(new Recusal(SPONSOR, "Träger")), false,
                        Outcome.ADOPTED),
                new CirculationOpened(RAK, 1, RESOLUTION, "Umlauf", APPLICANTS, LocalDate.of(2023, 3, 1),
                        LocalDate.of(2023, 3, 14), PUBLISHED, List.of(AGENCY, SPONSOR),
                        List.of(new Recusal(SPONSOR, "Träger"))),
                new CirculationVoteCast(RAK, 1, AGENCY, Vote.NO, LocalDate.of(2023, 3, 2)),
                new CirculationRecusalDeclared(RAK, 1, AGENCY, "Befangen", LocalDate.of(2023, 3, 3)),
                new ProposalSubmitted(CALL, new ProposalId("p-1"), "Volkshochschule Salzland", "Vorschlag", "Kurz",
                        Euro.of("10000"), 36, IndicatorValues.NONE, Instant.parse("2023-02-01T10:00:00Z")),
                new ProposalsSelected(CALL, RESOLUTION, List.of(),
                        List.of(new NotSelected(new ProposalId("p-1"), "Budget ausgeschöpft"))));
    }

    private static List<String> topicsOf(Object payload) {
        var event = new GenericDomainEventMessage<>("WorkingGroup", "x", 3, payload,
                Map.of(EventMetaData.REGION_KEY, "15089"));
        return ROUTING.deliveries(payload, event, 42L).stream().map(LiveRouting.Delivery::topic).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("confidentialEvents")
    void a_confidential_event_goes_live_only_where_the_office_auditors_and_the_region_read(Object event) {
        var topics = topicsOf(event);
        assertThat(topics).contains("/topic/regions.15089");
        for (var topic : topics) {
            for (var reader : OTHERS) {
                assertThat(RULES.mayRead(reader, topic)).as("%s reads %s", reader, topic).isFalse();
            }
        }
        assertThat(WHOLE_RECORD).allSatisfy(reader -> assertThat(RULES.mayRead(reader,
                "/topic/regions.15089")).isTrue());
    }
}
