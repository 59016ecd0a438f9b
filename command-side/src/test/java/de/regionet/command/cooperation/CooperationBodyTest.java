package de.regionet.command.cooperation;

import de.regionet.command.access.Senders;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.agreement.AgreementEvent.AgreementDrafted;
import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.agreement.AgreementScope;
import de.regionet.kernel.agreement.DocumentHash;
import de.regionet.kernel.agreement.Party;
import de.regionet.kernel.cooperation.CooperationBodyCommand.AdmitCooperationPartner;
import de.regionet.kernel.cooperation.CooperationBodyCommand.ChangeCooperationSite;
import de.regionet.kernel.cooperation.CooperationBodyCommand.DissolveCooperationBody;
import de.regionet.kernel.cooperation.CooperationBodyCommand.EstablishCooperationBody;
import de.regionet.kernel.cooperation.CooperationBodyCommand.WithdrawCooperationPartner;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationBodyDissolved;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationBodyEstablished;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationPartnerAdmitted;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationPartnerWithdrawn;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationSiteChanged;
import de.regionet.kernel.cooperation.CooperationBodyId;
import de.regionet.kernel.cooperation.CooperationBodyKind;
import de.regionet.kernel.cooperation.Partner;
import de.regionet.kernel.cooperation.PartnerId;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
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
 * A Hesse-like district (06433 stands for Groß-Gerau) with a joint Arbeitsmarktbüro of Jobcenter, Agentur für
 * Arbeit and Kreisverwaltung, implementing the state-wide agreement of January 2016.
 */
class CooperationBodyTest {

    private static final RegionKey DISTRICT = new RegionKey("06433");
    private static final CooperationBodyId BUERO = new CooperationBodyId("amb-gross-gerau");
    private static final AgreementId STATE_AGREEMENT = new AgreementId("hessen-2016");
    private static final AgreementId OTHER_REGIONS_AGREEMENT = new AgreementId("offenbach-2019");
    private static final LocalDate FOUNDED = LocalDate.of(2016, 9, 1);
    private static final Partner JOBCENTER = new Partner(new PartnerId("p-jobcenter"), "Kreisjobcenter Groß-Gerau",
            "Jobcenter");
    private static final Partner AGENCY = new Partner(new PartnerId("p-agentur"), "Agentur für Arbeit Darmstadt",
            "Agentur für Arbeit");
    private static final Partner DISTRICT_OFFICE = new Partner(new PartnerId("p-kreis"), "Kreis Groß-Gerau",
            "Kreisverwaltung");
    private static final Partner CHAMBER = new Partner(new PartnerId("p-ihk"), "IHK Darmstadt", "Kammer");
    private static final String SITE = "Rüsselsheim, Marktplatz 4";

    private FixtureConfiguration<CooperationBody> fixture;
    private final Set<RegionKey> regions = new HashSet<>(Set.of(DISTRICT));
    private final Map<AgreementId, AgreementDrafted> agreements = new HashMap<>();

    @BeforeEach
    void setUp() {
        agreements.put(STATE_AGREEMENT, drafted(STATE_AGREEMENT, AgreementScope.STATE, null));
        agreements.put(OTHER_REGIONS_AGREEMENT, drafted(OTHER_REGIONS_AGREEMENT, AgreementScope.REGIONAL,
                new RegionKey("06438")));
        fixture = new AggregateTestFixture<>(CooperationBody.class);
        fixture.registerInjectableResource(new Foundations() {
            @Override
            public boolean regionRegistered(RegionKey region) {
                return regions.contains(region);
            }

            @Override
            public Optional<AgreementDrafted> agreement(AgreementId agreement) {
                return Optional.ofNullable(agreements.get(agreement));
            }
        });
        fixture.registerCommandDispatchInterceptor(Senders.byDefault(Senders.OFFICE));
    }

    private static AgreementDrafted drafted(AgreementId id, AgreementScope scope, RegionKey region) {
        return new AgreementDrafted(id, "Kooperationsvereinbarung", scope, region,
                List.of(new Party("Regionaldirektion Hessen", null)),
                new DocumentHash("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                LocalDate.of(2016, 1, 1), null);
    }

    private static EstablishCooperationBody establish(CooperationBodyKind kind, String kindName,
                                                      List<Partner> partners, AgreementId agreement) {
        return new EstablishCooperationBody(BUERO, DISTRICT, kind, kindName, "Arbeitsmarktbüro Groß-Gerau", SITE,
                partners, agreement, FOUNDED);
    }

    private static EstablishCooperationBody establishBuero() {
        return establish(CooperationBodyKind.ARBEITSMARKTBUERO, null, List.of(JOBCENTER, AGENCY, DISTRICT_OFFICE),
                STATE_AGREEMENT);
    }

    private static CooperationBodyEstablished established() {
        return new CooperationBodyEstablished(BUERO, DISTRICT, CooperationBodyKind.ARBEITSMARKTBUERO, null,
                "Arbeitsmarktbüro Groß-Gerau", SITE, List.of(JOBCENTER, AGENCY, DISTRICT_OFFICE), STATE_AGREEMENT,
                FOUNDED);
    }

    private static EventMessage<?> inDistrict(Object payload) {
        return GenericEventMessage.asEventMessage(payload)
                .andMetaData(Map.of(EventMetaData.REGION_KEY, DISTRICT.value()));
    }

    // ---- establishing

    @Test
    void an_arbeitsmarktbuero_is_established_in_its_region_with_its_partners_and_agreement() {
        fixture.givenNoPriorActivity()
                .when(establishBuero())
                .expectSuccessfulHandlerExecution()
                .expectEvents(inDistrict(established()));
    }

    @Test
    void a_body_of_the_networks_own_kind_is_established_with_its_kind_name() {
        fixture.givenNoPriorActivity()
                .when(establish(CooperationBodyKind.OTHER, "Gemeinsame Ausbildungsplanung", List.of(AGENCY), null))
                .expectEvents(inDistrict(new CooperationBodyEstablished(BUERO, DISTRICT, CooperationBodyKind.OTHER,
                        "Gemeinsame Ausbildungsplanung", "Arbeitsmarktbüro Groß-Gerau", SITE, List.of(AGENCY), null,
                        FOUNDED)));
    }

    @Test
    void a_body_of_another_kind_without_a_kind_name_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(establish(CooperationBodyKind.OTHER, null, List.of(AGENCY), null))
                .expectException(rejected(Rejection.Kind.INVALID, "kindName"))
                .expectNoEvents();
    }

    @Test
    void a_kind_name_for_a_named_kind_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(establish(CooperationBodyKind.JUGENDBERUFSAGENTUR, "Jugendbüro", List.of(AGENCY), null))
                .expectException(rejected(Rejection.Kind.INVALID, "kindName"))
                .expectNoEvents();
    }

    @Test
    void a_body_in_an_unregistered_region_is_rejected() {
        regions.clear();
        fixture.givenNoPriorActivity()
                .when(establishBuero())
                .expectException(rejected(Rejection.Kind.INVALID, "regionKey"))
                .expectNoEvents();
    }

    @Test
    void a_body_implementing_an_agreement_that_does_not_exist_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(establish(CooperationBodyKind.ARBEITSMARKTBUERO, null, List.of(AGENCY),
                        new AgreementId("no-such-agreement")))
                .expectException(rejected(Rejection.Kind.INVALID, "agreementId"))
                .expectExceptionMessage("no cooperation agreement no-such-agreement exists")
                .expectNoEvents();
    }

    @Test
    void a_body_implementing_another_regions_agreement_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(establish(CooperationBodyKind.ARBEITSMARKTBUERO, null, List.of(AGENCY),
                        OTHER_REGIONS_AGREEMENT))
                .expectException(rejected(Rejection.Kind.INVALID, "agreementId"))
                .expectNoEvents();
    }

    @Test
    void a_body_without_partners_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(establish(CooperationBodyKind.ARBEITSMARKTBUERO, null, List.of(), null))
                .expectException(rejected(Rejection.Kind.INVALID, "partners"))
                .expectNoEvents();
    }

    @Test
    void a_partner_listed_twice_is_rejected() {
        var again = new Partner(new PartnerId("p-again"), "kreisjobcenter groß-gerau", "Jobcenter");
        fixture.givenNoPriorActivity()
                .when(establish(CooperationBodyKind.ARBEITSMARKTBUERO, null, List.of(JOBCENTER, again), null))
                .expectException(rejected(Rejection.Kind.INVALID, "partners"))
                .expectNoEvents();
    }

    @Test
    void the_regions_coordinator_establishes_a_body() {
        fixture.givenNoPriorActivity()
                .when(establishBuero(), Senders.sentBy(Senders.coordinatorOf("06433")))
                .expectEvents(inDistrict(established()));
    }

    @Test
    void a_coordinator_of_another_region_cannot_establish_a_body_here() {
        fixture.givenNoPriorActivity()
                .when(establishBuero(), Senders.sentBy(Senders.coordinatorOf("06438")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_sponsor_cannot_establish_a_body() {
        fixture.givenNoPriorActivity()
                .when(establishBuero(), Senders.sentBy(Senders.SPONSOR))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    // ---- partners

    @Test
    void admitting_a_partner_records_it_and_answers_the_new_version() {
        fixture.given(established())
                .when(new AdmitCooperationPartner(BUERO, CHAMBER, LocalDate.of(2017, 1, 1), null))
                .expectResultMessagePayload(1L)
                .expectEvents(inDistrict(new CooperationPartnerAdmitted(BUERO, CHAMBER, LocalDate.of(2017, 1, 1))));
    }

    @Test
    void admitting_an_organisation_that_is_already_a_partner_is_rejected() {
        var again = new Partner(new PartnerId("p-again"), "KREISJOBCENTER Groß-Gerau", "Jobcenter");
        fixture.given(established())
                .when(new AdmitCooperationPartner(BUERO, again, LocalDate.of(2017, 1, 1), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void admitting_a_partner_under_a_taken_id_is_rejected() {
        var sameId = new Partner(JOBCENTER.partnerId(), "IHK Darmstadt", "Kammer");
        fixture.given(established())
                .when(new AdmitCooperationPartner(BUERO, sameId, LocalDate.of(2017, 1, 1), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void admitting_a_partner_before_the_founding_is_rejected() {
        fixture.given(established())
                .when(new AdmitCooperationPartner(BUERO, CHAMBER, FOUNDED.minusDays(1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "admittedOn"))
                .expectNoEvents();
    }

    @Test
    void a_partner_that_withdrew_can_be_admitted_again_under_a_new_id() {
        var back = new Partner(new PartnerId("p-jobcenter-2"), JOBCENTER.organisation(), "Jobcenter");
        fixture.given(established(), new CooperationPartnerWithdrawn(BUERO, JOBCENTER.partnerId(),
                        LocalDate.of(2018, 1, 1)))
                .when(new AdmitCooperationPartner(BUERO, back, LocalDate.of(2019, 1, 1), null))
                .expectEvents(inDistrict(new CooperationPartnerAdmitted(BUERO, back, LocalDate.of(2019, 1, 1))));
    }

    @Test
    void withdrawing_a_partner_records_the_day() {
        fixture.given(established())
                .when(new WithdrawCooperationPartner(BUERO, AGENCY.partnerId(), LocalDate.of(2020, 6, 30), null))
                .expectResultMessagePayload(1L)
                .expectEvents(inDistrict(new CooperationPartnerWithdrawn(BUERO, AGENCY.partnerId(),
                        LocalDate.of(2020, 6, 30))));
    }

    @Test
    void withdrawing_a_partner_twice_is_rejected() {
        fixture.given(established(), new CooperationPartnerWithdrawn(BUERO, AGENCY.partnerId(),
                        LocalDate.of(2020, 6, 30)))
                .when(new WithdrawCooperationPartner(BUERO, AGENCY.partnerId(), LocalDate.of(2020, 7, 1), null))
                .expectException(rejectedAs(Rejection.Kind.NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void withdrawing_before_the_admission_is_rejected() {
        fixture.given(established())
                .when(new WithdrawCooperationPartner(BUERO, AGENCY.partnerId(), FOUNDED.minusDays(1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "withdrawnOn"))
                .expectNoEvents();
    }

    // ---- site

    @Test
    void moving_records_the_new_site() {
        fixture.given(established())
                .when(new ChangeCooperationSite(BUERO, "Groß-Gerau, Wilhelm-Seipp-Straße 4", LocalDate.of(2019, 3, 1),
                        null))
                .expectResultMessagePayload(1L)
                .expectEvents(inDistrict(new CooperationSiteChanged(BUERO, "Groß-Gerau, Wilhelm-Seipp-Straße 4",
                        LocalDate.of(2019, 3, 1))));
    }

    @Test
    void moving_to_the_present_site_is_rejected() {
        fixture.given(established())
                .when(new ChangeCooperationSite(BUERO, SITE.toUpperCase(), LocalDate.of(2019, 3, 1), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    @Test
    void a_move_dated_before_the_last_move_is_rejected() {
        fixture.given(established(), new CooperationSiteChanged(BUERO, "Groß-Gerau", LocalDate.of(2019, 3, 1)))
                .when(new ChangeCooperationSite(BUERO, "Mörfelden", LocalDate.of(2018, 3, 1), null))
                .expectException(rejected(Rejection.Kind.INVALID, "movedOn"))
                .expectNoEvents();
    }

    // ---- dissolution

    @Test
    void dissolving_records_the_day_and_reason() {
        fixture.given(established())
                .when(new DissolveCooperationBody(BUERO, LocalDate.of(2024, 12, 31), "In das Jobcenter überführt",
                        null))
                .expectResultMessagePayload(1L)
                .expectEvents(inDistrict(new CooperationBodyDissolved(BUERO, LocalDate.of(2024, 12, 31),
                        "In das Jobcenter überführt")));
    }

    @Test
    void dissolving_before_the_founding_is_rejected() {
        fixture.given(established())
                .when(new DissolveCooperationBody(BUERO, FOUNDED.minusDays(1), null, null))
                .expectException(rejected(Rejection.Kind.INVALID, "dissolvedOn"))
                .expectNoEvents();
    }

    @Test
    void a_dissolved_body_changes_no_more() {
        var dissolved = new CooperationBodyDissolved(BUERO, LocalDate.of(2024, 12, 31), null);
        fixture.given(established(), dissolved)
                .when(new DissolveCooperationBody(BUERO, LocalDate.of(2025, 1, 31), null, null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
        fixture.given(established(), dissolved)
                .when(new AdmitCooperationPartner(BUERO, CHAMBER, LocalDate.of(2025, 1, 1), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
        fixture.given(established(), dissolved)
                .when(new WithdrawCooperationPartner(BUERO, AGENCY.partnerId(), LocalDate.of(2025, 1, 1), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
        fixture.given(established(), dissolved)
                .when(new ChangeCooperationSite(BUERO, "Mörfelden", LocalDate.of(2025, 1, 1), null))
                .expectException(rejectedAs(Rejection.Kind.CONFLICT))
                .expectNoEvents();
    }

    // ---- who may act, and on which version

    @Test
    void a_coordinator_of_another_region_cannot_change_a_body_here() {
        fixture.given(established())
                .when(new ChangeCooperationSite(BUERO, "Mörfelden", LocalDate.of(2019, 3, 1), null),
                        Senders.sentBy(Senders.coordinatorOf("06438")))
                .expectException(rejectedAs(Rejection.Kind.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void a_change_based_on_a_stale_version_is_rejected() {
        fixture.given(established(), new CooperationSiteChanged(BUERO, "Groß-Gerau", LocalDate.of(2019, 3, 1)))
                .when(new DissolveCooperationBody(BUERO, LocalDate.of(2024, 12, 31), null, 0L))
                .expectException(rejectedAs(Rejection.Kind.STALE_VERSION))
                .expectNoEvents();
    }
}
