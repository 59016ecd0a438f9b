package de.regionet.query.cooperation;

import de.regionet.kernel.agreement.AgreementId;
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
import de.regionet.query.readmodel.InMemoryMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A cooperation body's document keeps every partnership with its days, the site and since when, and the
 * dissolution; a re-delivered or replayed event changes nothing.
 */
class CooperationBodyProjectionTest {

    private static final CooperationBodyId BUERO = new CooperationBodyId("amb-gross-gerau");
    private static final Partner JOBCENTER = new Partner(new PartnerId("p-jobcenter"), "Kreisjobcenter Groß-Gerau",
            "Jobcenter");
    private static final Partner AGENCY = new Partner(new PartnerId("p-agentur"), "Agentur für Arbeit Darmstadt",
            "Agentur für Arbeit");
    private static final Partner CHAMBER = new Partner(new PartnerId("p-ihk"), "IHK Darmstadt", "Kammer");
    private static final LocalDate FOUNDED = LocalDate.of(2016, 9, 1);

    private InMemoryMongo mongo;
    private CooperationBodyProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new CooperationBodyProjection(mongo.database("cooperation"), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void deliverHistory() {
        projection.on(new CooperationBodyEstablished(BUERO, new RegionKey("06433"),
                CooperationBodyKind.ARBEITSMARKTBUERO, null, "Arbeitsmarktbüro Groß-Gerau", "Rüsselsheim",
                List.of(JOBCENTER, AGENCY), new AgreementId("hessen-2016"), FOUNDED), 0);
        projection.on(new CooperationPartnerAdmitted(BUERO, CHAMBER, LocalDate.of(2017, 1, 1)), 1);
        projection.on(new CooperationPartnerWithdrawn(BUERO, AGENCY.partnerId(), LocalDate.of(2018, 6, 30)), 2);
        projection.on(new CooperationSiteChanged(BUERO, "Groß-Gerau", LocalDate.of(2019, 3, 1)), 3);
        projection.on(new CooperationBodyDissolved(BUERO, LocalDate.of(2024, 12, 31), "überführt"), 4);
    }

    private CooperationBodyView body() {
        return projection.bodies().find(BUERO.value()).orElseThrow();
    }

    @Test
    void a_body_keeps_its_partners_site_and_dissolution() {
        deliverHistory();

        var body = body();
        assertThat(body.partners()).extracting(CooperationBodyView.Partner::organisation,
                CooperationBodyView.Partner::admittedOn, CooperationBodyView.Partner::withdrawnOn).containsExactly(
                tuple("Kreisjobcenter Groß-Gerau", FOUNDED, null),
                tuple("Agentur für Arbeit Darmstadt", FOUNDED, LocalDate.of(2018, 6, 30)),
                tuple("IHK Darmstadt", LocalDate.of(2017, 1, 1), null));
        assertThat(body.activePartners()).extracting(CooperationBodyView.Partner::role)
                .containsExactly("Jobcenter", "Kammer");
        assertThat(body.site()).isEqualTo("Groß-Gerau");
        assertThat(body.siteSince()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(body.agreementId()).isEqualTo("hessen-2016");
        assertThat(body.dissolvedOn()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(body.dissolutionReason()).isEqualTo("überführt");
        assertThat(body.version()).isEqualTo(4);
    }

    @Test
    void a_redelivered_or_replayed_history_changes_nothing() {
        deliverHistory();
        var once = body();

        deliverHistory();
        projection.on(new CooperationPartnerAdmitted(BUERO, CHAMBER, LocalDate.of(2017, 1, 1)), 1);

        assertThat(body()).isEqualTo(once);
    }
}
