package de.regionet.command.planning;

import de.regionet.command.access.CommandSenders;
import de.regionet.command.access.Senders;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.planning.Need;
import de.regionet.kernel.planning.NeedId;
import de.regionet.kernel.planning.PlanningCommand.AdoptPlanningDocument;
import de.regionet.kernel.planning.PlanningCommand.LinkNeedToCall;
import de.regionet.kernel.planning.PlanningCommand.LinkNeedToPriority;
import de.regionet.kernel.planning.PlanningCommand.RevisePlanningDocument;
import de.regionet.kernel.planning.PlanningCommand.SupersedePlanningDocument;
import de.regionet.kernel.planning.PlanningContent;
import de.regionet.kernel.planning.PlanningDocumentId;
import de.regionet.kernel.planning.PlanningDocumentKind;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToCall;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToPriority;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentAdopted;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentRevised;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentSuperseded;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static de.regionet.command.access.Rejections.rejected;
import static de.regionet.command.access.Rejections.rejectedAs;

/**
 * The planning documents of the Westfälisches Ruhrgebiet (seed 004): the action plan 2011, the implementation
 * concept 2016 valid to 2020, revised, superseded, its needs linked to a priority and a call.
 */
class PlanningDocumentTest {

    private static final PlanningDocumentId CONCEPT = new PlanningDocumentId("concept-2016");
    private static final PlanningDocumentId SUCCESSOR = new PlanningDocumentId("concept-2021");
    private static final PlanningDocumentId ELSEWHERE = new PlanningDocumentId("concept-elsewhere");
    private static final RegionKey RUHRGEBIET = new RegionKey("99601");
    private static final RegionKey OTHER = new RegionKey("99602");
    private static final WorkingGroupId FACHARBEITSKREIS = new WorkingGroupId("fak-ruhrgebiet");
    private static final WorkingGroupId OTHER_GROUP = new WorkingGroupId("rak-other");
    private static final ResolutionId PRIORITIES = new ResolutionId("r-priorities");
    private static final CallId CALL = new CallId("call-fachkraefte");
    private static final CallId OTHER_CALL = new CallId("call-other");
    private static final CallId STATE_WIDE_CALL = new CallId("call-state-wide");
    private static final CallId ANOTHER_STATES_CALL = new CallId("call-of-another-state");
    private static final NeedId NACHWUCHS = new NeedId("B1");
    private static final LocalDate JULY_4_2016 = LocalDate.of(2016, 7, 4);
    private static final PlanningContent CONTENT_2016 = content(JULY_4_2016, LocalDate.of(2020, 12, 31));
    private static final PlanningDocumentAdopted ADOPTED = new PlanningDocumentAdopted(CONCEPT, RUHRGEBIET,
            FACHARBEITSKREIS, PlanningDocumentKind.IMPLEMENTATION_CONCEPT, CONTENT_2016, JULY_4_2016);

    private final Set<RegionKey> registered = new HashSet<>(Set.of(RUHRGEBIET, OTHER));
    private final Map<String, RegionKey> regions = new HashMap<>(Map.of(FACHARBEITSKREIS.value(), RUHRGEBIET,
            OTHER_GROUP.value(), OTHER, SUCCESSOR.value(), RUHRGEBIET, ELSEWHERE.value(), OTHER,
            CALL.value(), RUHRGEBIET, OTHER_CALL.value(), OTHER));
    private final PlanningReferences references = new PlanningReferences() {
        @Override
        public boolean registered(RegionKey region) {
            return registered.contains(region);
        }

        @Override
        public Optional<RegionKey> regionOfWorkingGroup(WorkingGroupId workingGroup) {
            return Optional.ofNullable(regions.get(workingGroup.value()));
        }

        @Override
        public Optional<RegionKey> regionOfDocument(PlanningDocumentId document) {
            return Optional.ofNullable(regions.get(document.value()));
        }

        @Override
        public List<PriorityForAction> priorities(WorkingGroupId workingGroup, ResolutionId resolution) {
            return workingGroup.equals(FACHARBEITSKREIS) && resolution.equals(PRIORITIES)
                    ? List.of(new PriorityForAction("Übergang Schule–Beruf", List.of(new FundingArea("A"))))
                    : List.of();
        }

        @Override
        public Optional<CallPlace> placeOfCall(CallId call) {
            if (call.equals(STATE_WIDE_CALL) || call.equals(ANOTHER_STATES_CALL)) {
                return Optional.of(new CallPlace(null, call.equals(STATE_WIDE_CALL) ? NetworkId.SACHSEN_ANHALT
                        : new NetworkId("nordrhein-westfalen")));
            }
            return Optional.ofNullable(regions.get(call.value()))
                    .map(region -> new CallPlace(region, NetworkId.SACHSEN_ANHALT));
        }

        @Override
        public Optional<NetworkId> networkOfRegion(RegionKey region) {
            return registered.contains(region) ? Optional.of(NetworkId.SACHSEN_ANHALT) : Optional.empty();
        }
    };
    private FixtureConfiguration<PlanningDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PlanningDocument.class);
        fixture.registerInjectableResource(references);
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.coordinatorOf("99601")));
        fixture.registerCommandHandlerInterceptor(new CommandSenders());
    }

    private static PlanningContent content(LocalDate from, LocalDate to) {
        return new PlanningContent("Regionales Umsetzungskonzept", from, to,
                List.of(new Need(NACHWUCHS, "Nachwuchs im Handwerk", "Zu wenig Auszubildende.")),
                List.of("Personal 4.0"), List.of("ESF: Fachkräftesicherung"));
    }

    private static AdoptPlanningDocument adopt(RegionKey region, WorkingGroupId body, PlanningContent content) {
        return new AdoptPlanningDocument(CONCEPT, region, body, PlanningDocumentKind.IMPLEMENTATION_CONCEPT, content,
                JULY_4_2016);
    }

    // ---- adoption

    @Test
    void the_region_adopts_an_implementation_concept_as_version_one() {
        fixture.givenNoPriorActivity()
                .when(adopt(RUHRGEBIET, FACHARBEITSKREIS, CONTENT_2016))
                .expectSuccessfulHandlerExecution()
                .expectEvents(ADOPTED);
    }

    @Test
    void a_validity_that_ends_before_it_begins_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(adopt(RUHRGEBIET, FACHARBEITSKREIS, content(JULY_4_2016, LocalDate.of(2016, 7, 3))))
                .expectException(rejected(Rejection.Kind.INVALID, "validTo"))
                .expectNoEvents();
    }

    @Test
    void a_need_stated_twice_is_rejected() {
        var twice = new PlanningContent("Konzept", JULY_4_2016, null,
                List.of(new Need(NACHWUCHS, "Eins", "Text"), new Need(NACHWUCHS, "Zwei", "Text")), null, null);
        fixture.givenNoPriorActivity()
                .when(adopt(RUHRGEBIET, FACHARBEITSKREIS, twice))
                .expectException(rejected(Rejection.Kind.INVALID, "needs"))
                .expectNoEvents();
    }

    @Test
    void a_document_of_a_region_not_registered_is_rejected() {
        registered.remove(RUHRGEBIET);
        fixture.givenNoPriorActivity()
                .when(adopt(RUHRGEBIET, FACHARBEITSKREIS, CONTENT_2016))
                .expectException(rejected(Rejection.Kind.INVALID, "regionKey"))
                .expectNoEvents();
    }

    @Test
    void a_document_adopted_by_another_regions_body_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(adopt(RUHRGEBIET, OTHER_GROUP, CONTENT_2016))
                .expectException(rejected(Rejection.Kind.INVALID, "adoptedBy"))
                .expectNoEvents();
    }

    @Test
    void a_document_adopted_by_an_unknown_body_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(adopt(RUHRGEBIET, new WorkingGroupId("nobody"), CONTENT_2016))
                .expectException(rejected(Rejection.Kind.INVALID, "adoptedBy"))
                .expectNoEvents();
    }

    @Test
    void a_coordinator_of_another_region_may_not_adopt_a_document_here() {
        fixture.givenNoPriorActivity()
                .when(adopt(RUHRGEBIET, FACHARBEITSKREIS, CONTENT_2016),
                        Senders.sentBy(Senders.coordinatorOf("99602")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    // ---- revision

    @Test
    void a_revision_becomes_the_next_version_with_its_whole_content() {
        var revised = content(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31));
        fixture.given(ADOPTED)
                .when(new RevisePlanningDocument(CONCEPT, revised, LocalDate.of(2017, 12, 1), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlanningDocumentRevised(CONCEPT, 2, revised, LocalDate.of(2017, 12, 1)));
    }

    @Test
    void a_revision_valid_from_before_the_current_version_is_rejected() {
        fixture.given(ADOPTED)
                .when(new RevisePlanningDocument(CONCEPT, content(LocalDate.of(2016, 1, 1), null),
                        LocalDate.of(2017, 12, 1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "validFrom"))
                .expectNoEvents();
    }

    @Test
    void a_revision_whose_validity_ends_before_it_begins_is_rejected() {
        fixture.given(ADOPTED)
                .when(new RevisePlanningDocument(CONCEPT, content(LocalDate.of(2018, 1, 1),
                        LocalDate.of(2017, 1, 1)), LocalDate.of(2017, 12, 1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "validTo"))
                .expectNoEvents();
    }

    @Test
    void revising_a_superseded_document_is_rejected() {
        fixture.given(ADOPTED, new PlanningDocumentSuperseded(CONCEPT, SUCCESSOR, LocalDate.of(2021, 1, 1)))
                .when(new RevisePlanningDocument(CONCEPT, content(LocalDate.of(2021, 1, 1), null),
                        LocalDate.of(2021, 1, 1), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_revision_based_on_a_stale_version_is_rejected() {
        fixture.given(ADOPTED, new NeedLinkedToCall(CONCEPT, NACHWUCHS, CALL))
                .when(new RevisePlanningDocument(CONCEPT, content(LocalDate.of(2018, 1, 1), null),
                        LocalDate.of(2017, 12, 1), 0L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectNoEvents();
    }

    @Test
    void a_coordinator_of_another_region_may_not_revise_the_document() {
        fixture.given(ADOPTED)
                .when(new RevisePlanningDocument(CONCEPT, content(LocalDate.of(2018, 1, 1), null),
                        LocalDate.of(2017, 12, 1), null), Senders.sentBy(Senders.coordinatorOf("99602")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    // ---- supersession

    @Test
    void a_newer_document_of_the_region_supersedes_the_concept() {
        fixture.given(ADOPTED)
                .when(new SupersedePlanningDocument(CONCEPT, SUCCESSOR, LocalDate.of(2021, 1, 1), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlanningDocumentSuperseded(CONCEPT, SUCCESSOR, LocalDate.of(2021, 1, 1)));
    }

    @Test
    void superseding_with_a_document_of_another_region_is_rejected() {
        fixture.given(ADOPTED)
                .when(new SupersedePlanningDocument(CONCEPT, ELSEWHERE, LocalDate.of(2021, 1, 1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "successorId"))
                .expectNoEvents();
    }

    @Test
    void superseding_with_an_unknown_document_is_rejected() {
        fixture.given(ADOPTED)
                .when(new SupersedePlanningDocument(CONCEPT, new PlanningDocumentId("nothing"),
                        LocalDate.of(2021, 1, 1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "successorId"))
                .expectNoEvents();
    }

    @Test
    void a_document_cannot_supersede_itself() {
        regions.put(CONCEPT.value(), RUHRGEBIET);
        fixture.given(ADOPTED)
                .when(new SupersedePlanningDocument(CONCEPT, CONCEPT, LocalDate.of(2021, 1, 1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "successorId"))
                .expectNoEvents();
    }

    @Test
    void superseding_from_a_day_the_document_was_not_yet_valid_is_rejected() {
        fixture.given(ADOPTED)
                .when(new SupersedePlanningDocument(CONCEPT, SUCCESSOR, JULY_4_2016, null))
                .expectException(rejected(Rejection.Kind.INVALID, "supersededOn"))
                .expectNoEvents();
    }

    @Test
    void superseding_twice_is_rejected() {
        fixture.given(ADOPTED, new PlanningDocumentSuperseded(CONCEPT, SUCCESSOR, LocalDate.of(2021, 1, 1)))
                .when(new SupersedePlanningDocument(CONCEPT, SUCCESSOR, LocalDate.of(2021, 2, 1), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    // ---- links

    @Test
    void a_need_links_to_the_priority_that_follows_from_it_under_the_adopted_title() {
        fixture.given(ADOPTED)
                .when(new LinkNeedToPriority(CONCEPT, NACHWUCHS, FACHARBEITSKREIS, PRIORITIES,
                        "übergang schule - beruf", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new NeedLinkedToPriority(CONCEPT, NACHWUCHS, FACHARBEITSKREIS, PRIORITIES,
                        "Übergang Schule–Beruf"));
    }

    @Test
    void a_need_links_to_a_call_of_the_region() {
        fixture.given(ADOPTED)
                .when(new LinkNeedToCall(CONCEPT, NACHWUCHS, CALL, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new NeedLinkedToCall(CONCEPT, NACHWUCHS, CALL));
    }

    @Test
    void linking_an_unknown_need_is_rejected() {
        fixture.given(ADOPTED)
                .when(new LinkNeedToCall(CONCEPT, new NeedId("B9"), CALL, null))
                .expectException(rejectedAs(Rejection.Kind.NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void linking_a_priority_the_resolution_did_not_adopt_is_rejected() {
        fixture.given(ADOPTED)
                .when(new LinkNeedToPriority(CONCEPT, NACHWUCHS, FACHARBEITSKREIS, PRIORITIES, "Pflege", null))
                .expectException(rejected(Rejection.Kind.INVALID, "priority"))
                .expectNoEvents();
    }

    @Test
    void linking_a_priority_of_another_regions_working_group_is_rejected() {
        fixture.given(ADOPTED)
                .when(new LinkNeedToPriority(CONCEPT, NACHWUCHS, OTHER_GROUP, PRIORITIES, "Übergang Schule–Beruf",
                        null))
                .expectException(rejected(Rejection.Kind.INVALID, "workingGroupId"))
                .expectNoEvents();
    }

    @Test
    void linking_a_call_of_another_region_is_rejected() {
        fixture.given(ADOPTED)
                .when(new LinkNeedToCall(CONCEPT, NACHWUCHS, OTHER_CALL, null))
                .expectException(rejected(Rejection.Kind.INVALID, "callId"))
                .expectNoEvents();
    }

    @Test
    void a_need_links_to_a_state_wide_call_of_the_regions_network() {
        fixture.given(ADOPTED)
                .when(new LinkNeedToCall(CONCEPT, NACHWUCHS, STATE_WIDE_CALL, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new NeedLinkedToCall(CONCEPT, NACHWUCHS, STATE_WIDE_CALL));
    }

    @Test
    void linking_a_state_wide_call_of_another_network_is_rejected() {
        fixture.given(ADOPTED)
                .when(new LinkNeedToCall(CONCEPT, NACHWUCHS, ANOTHER_STATES_CALL, null))
                .expectException(rejected(Rejection.Kind.INVALID, "callId"))
                .expectNoEvents();
    }

    @Test
    void linking_an_unknown_call_is_rejected() {
        fixture.given(ADOPTED)
                .when(new LinkNeedToCall(CONCEPT, NACHWUCHS, new CallId("no-call"), null))
                .expectException(rejected(Rejection.Kind.INVALID, "callId"))
                .expectNoEvents();
    }

    @Test
    void linking_the_same_call_twice_is_rejected() {
        fixture.given(ADOPTED, new NeedLinkedToCall(CONCEPT, NACHWUCHS, CALL))
                .when(new LinkNeedToCall(CONCEPT, NACHWUCHS, CALL, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_need_dropped_by_a_revision_can_no_longer_be_linked() {
        var withoutNeeds = new PlanningContent("Konzept", LocalDate.of(2018, 1, 1), null, List.of(), null, null);
        fixture.given(ADOPTED, new PlanningDocumentRevised(CONCEPT, 2, withoutNeeds, LocalDate.of(2017, 12, 1)))
                .when(new LinkNeedToCall(CONCEPT, NACHWUCHS, CALL, null))
                .expectException(rejectedAs(Rejection.Kind.NOT_FOUND))
                .expectNoEvents();
    }
}
