package de.regionet.infra;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cooperation agreements as clients see them. Saxony-Anhalt's story: in December 2021 the ministry and the network
 * office sign the state-wide REGIO AKTIV agreement, in force from 2022-01-01, and during 2022 every district and
 * independent city accedes; the read model answers who was bound on a day, the network overview shows every region
 * bound today, and the live feeds carry each step to whoever may read it. Hesse's story: an agreement whose validity
 * ended expires through a deadline kept in MongoDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=agreementstory",
                "regionet.deadlines.poll-interval=200ms"})
class AgreementStoryTest {

    private static final String MINISTRY = "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung";
    private static final String NETWORK_OFFICE = "Regio-Netzwerkstelle";

    /** The 14 districts and independent cities of Saxony-Anhalt, and the day (in 2022) each accedes. */
    private record Accession(String key, String region, String kind, String party, String accededOn) {
    }

    private static final List<Accession> ACCESSIONS = List.of(
            new Accession("15001", "Dessau-Roßlau", "INDEPENDENT_CITY", "Stadt Dessau-Roßlau", "2022-01-20"),
            new Accession("15002", "Halle (Saale)", "INDEPENDENT_CITY", "Stadt Halle (Saale)", "2022-01-27"),
            new Accession("15003", "Magdeburg", "INDEPENDENT_CITY", "Landeshauptstadt Magdeburg", "2022-02-03"),
            new Accession("15081", "Altmarkkreis Salzwedel", "DISTRICT", "Altmarkkreis Salzwedel", "2022-02-10"),
            new Accession("15082", "Anhalt-Bitterfeld", "DISTRICT", "Landkreis Anhalt-Bitterfeld", "2022-02-17"),
            new Accession("15083", "Börde", "DISTRICT", "Landkreis Börde", "2022-03-01"),
            new Accession("15084", "Burgenlandkreis", "DISTRICT", "Burgenlandkreis", "2022-03-10"),
            new Accession("15085", "Harz", "DISTRICT", "Landkreis Harz", "2022-04-07"),
            new Accession("15086", "Jerichower Land", "DISTRICT", "Landkreis Jerichower Land", "2022-05-12"),
            new Accession("15087", "Mansfeld-Südharz", "DISTRICT", "Landkreis Mansfeld-Südharz", "2022-06-09"),
            new Accession("15088", "Saalekreis", "DISTRICT", "Saalekreis", "2022-07-14"),
            new Accession("15089", "Salzlandkreis", "DISTRICT", "Salzlandkreis", "2022-09-01"),
            new Accession("15090", "Stendal", "DISTRICT", "Landkreis Stendal", "2022-10-13"),
            new Accession("15091", "Wittenberg", "DISTRICT", "Landkreis Wittenberg", "2022-12-31"));

    @LocalServerPort
    int port;

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Autowired
    MongoDatabase database;

    @Test
    void saxony_anhalt_signs_the_state_wide_agreement_and_every_district_and_city_accedes_during_2022()
            throws Exception {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var sponsorToken = new ApiClient(port).token(TestUsers.SPONSOR);
        var salzlandToken = new ApiClient(port).token(TestUsers.COORDINATOR_SALZLAND);
        try (var agreementsFeed = StompFeed.subscribe(port, "/topic/agreements", broker, sponsorToken);
             var salzlandFeed = StompFeed.subscribe(port, "/topic/regions.15089", broker, salzlandToken)) {
            for (var region : ACCESSIONS) {
                assertThat(office.post("/api/regions", "{\"key\":\"" + region.key() + "\",\"name\":\""
                        + region.region() + "\",\"kind\":\"" + region.kind() + "\"}").status()).isEqualTo(201);
            }

            var drafted = office.post("/api/agreements", """
                    {"title":"Landesweite Kooperationsvereinbarung REGIO AKTIV","scope":"STATE",
                     "parties":[{"party":"%s","regionKey":null},{"party":"%s"}],
                     "documentSha256":"%s","validFrom":"2022-01-01","validUntil":null}"""
                    .formatted(MINISTRY, NETWORK_OFFICE, sha256("Kooperationsvereinbarung REGIO AKTIV")));
            assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
            var id = drafted.json().get("id").asString();
            assertThat(drafted.header("Location")).isEqualTo("/api/agreements/" + id);
            assertThat(drafted.header("ETag")).isEqualTo("\"0\"");
            var agreement = "/api/agreements/" + id;

            var ministrySigned = office.post(agreement + "/signatures", """
                    {"party":"%s","signedOn":"2021-12-09","signatory":"Ministerin"}""".formatted(MINISTRY),
                    "If-Match", "\"0\"");
            assertThat(ministrySigned.status()).as(ministrySigned.body()).isEqualTo(204);
            assertThat(ministrySigned.header("ETag")).isEqualTo("\"1\"");
            var officeSigned = office.post(agreement + "/signatures", """
                    {"party":"regio-netzwerkstelle","signedOn":"2021-12-16","signatory":"Leitung"}""");
            assertThat(officeSigned.status()).as(officeSigned.body()).isEqualTo(204);
            assertThat(officeSigned.header("ETag")).as("signed and entered into force").isEqualTo("\"3\"");

            for (var accession : ACCESSIONS) {
                var acceded = office.post(agreement + "/accessions", """
                        {"party":"%s","regionKey":"%s","accededOn":"%s"}"""
                        .formatted(accession.party(), accession.key(), accession.accededOn()));
                assertThat(acceded.status()).as(accession.party() + ": " + acceded.body()).isEqualTo(204);
            }

            var sponsor = new ApiClient(port).withToken(sponsorToken);
            await().atMost(Duration.ofSeconds(10)).until(() -> sponsor.get(agreement).status() == 200
                    && "\"17\"".equals(sponsor.get(agreement).header("ETag")));

            var beforeEntry = sponsor.get(agreement + "?asOf=2021-12-31").json();
            assertThat(beforeEntry.get("status").asString()).isEqualTo("SIGNED");
            assertThat(beforeEntry.get("boundParties")).isEmpty();

            var march = sponsor.get(agreement + "?asOf=2022-03-01").json();
            assertThat(march.get("status").asString()).isEqualTo("IN_FORCE");
            assertThat(march.get("textInForce").get("version").asInt()).isEqualTo(1);
            assertThat(names(march.get("boundParties"))).containsExactly(MINISTRY, NETWORK_OFFICE,
                    "Stadt Dessau-Roßlau", "Stadt Halle (Saale)", "Landeshauptstadt Magdeburg",
                    "Altmarkkreis Salzwedel", "Landkreis Anhalt-Bitterfeld", "Landkreis Börde");

            var newYear = sponsor.get(agreement + "?asOf=2023-01-01").json();
            assertThat(names(newYear.get("boundParties"))).containsExactlyElementsOf(Stream.concat(
                    Stream.of(MINISTRY, NETWORK_OFFICE), ACCESSIONS.stream().map(Accession::party)).toList());
            assertThat(newYear.get("boundParties").get(15).get("since").asString()).isEqualTo("2022-12-31");

            var today = sponsor.get(agreement).json();
            assertThat(today.get("asOf").asString())
                    .isEqualTo(LocalDate.now(NetworkTime.ZONE).toString());
            assertThat(today.get("status").asString()).isEqualTo("IN_FORCE");
            assertThat(today.get("enteredIntoForceOn").asString()).isEqualTo("2022-01-01");
            assertThat(today.get("boundParties")).hasSize(16);
            var ministry = today.get("parties").get(0);
            assertThat(ministry.get("signedOn").asString()).isEqualTo("2021-12-09");
            assertThat(ministry.get("signatory").asString()).isEqualTo("Ministerin");
            assertThat(today.get("parties").get(13).get("accededOn").asString()).isEqualTo("2022-09-01");

            assertThat(ids(sponsor.get("/api/agreements?region=15089&status=IN_FORCE").json())).containsExactly(id);
            assertThat(ids(sponsor.get("/api/agreements?party=salzland").json())).containsExactly(id);
            assertThat(ids(sponsor.get("/api/agreements?status=DRAFT").json())).doesNotContain(id);
            assertThat(ids(sponsor.get("/api/agreements?status=DRAFT&asOf=2021-12-10").json())).contains(id);

            var overview = office.get("/api/network/overview").json();
            assertThat(overview).hasSize(14);
            for (var region : overview) {
                assertThat(ids(region.get("stateAgreements"))).as(region.get("regionKey").asString())
                        .containsExactly(id);
            }

            var everyStep = agreementsFeed.take(18, Duration.ofSeconds(10));
            assertThat(everyStep).extracting(message -> message.get("type")).containsExactlyElementsOf(
                    Stream.concat(Stream.of("AgreementDrafted", "AgreementSigned", "AgreementSigned",
                            "AgreementEnteredIntoForce"), ACCESSIONS.stream().map(accession -> "PartyAcceded"))
                            .toList());
            assertThat(everyStep).extracting(message -> message.get("version"))
                    .containsExactlyElementsOf(IntStream.rangeClosed(0, 17).boxed().toList());
            assertThat(everyStep).allSatisfy(message -> {
                assertThat(message.get("aggregateId")).isEqualTo(id);
                assertThat(message).containsKeys("position", "time", "payload");
            });
            assertThat(payload(everyStep.get(3))).containsEntry("effectiveOn", "2022-01-01");

            var salzland = salzlandFeed.take(4, Duration.ofSeconds(10));
            assertThat(salzland).extracting(message -> message.get("type"))
                    .containsExactly("RegionRegistered", "PartyAcceded", "PartyAcceded", "PartyAcceded");
            var ownAccession = salzland.get(1);
            assertThat(ownAccession.get("aggregateId")).isEqualTo(id);
            assertThat(ownAccession.get("version")).isEqualTo(15);
            assertThat(payload(ownAccession)).containsEntry("accededOn", "2022-09-01")
                    .containsEntry("party", Map.of("name", "Salzlandkreis", "regionKey", "15089"));
            assertThat(salzland.subList(2, 4))
                    .extracting(message -> (Object) ((Map<?, ?>) payload(message).get("party")).get("regionKey"))
                    .containsExactly("15090", "15091");
            assertThat(salzlandFeed.take(1, Duration.ofMillis(300))).as("nothing else for 15089").isEmpty();
        }
    }

    @Test
    void an_agreement_whose_validity_ended_expires_through_a_deadline_kept_in_mongodb() throws Exception {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var auditorToken = new ApiClient(port).token(TestUsers.AUDITOR);
        var open = hessianAgreement(office, "2035-12-31");
        sign(office, open);
        var deadline = database.getCollection("deadlines").find(Filters.eq("name", "agreement-expiry")).first();
        assertThat(deadline).as("the expiry waits in MongoDB").isNotNull();
        assertThat(deadline.getDate("triggerAt").toInstant())
                .isEqualTo(LocalDate.of(2036, 1, 1).atStartOfDay(NetworkTime.ZONE).toInstant());
        assertThat(office.post("/api/agreements/" + open + "/termination", """
                {"effectiveOn":"2030-01-01","reason":"ersetzt durch eine neue Vereinbarung"}""").status())
                .isEqualTo(204);
        assertThat(database.getCollection("deadlines").countDocuments()).as("terminated: expiry cancelled").isZero();

        try (var feed = StompFeed.subscribe(port, "/topic/agreements", broker, auditorToken)) {
            var ended = hessianAgreement(office, "2020-12-31");
            sign(office, ended);
            var messages = new ArrayList<Map<String, Object>>();
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                messages.addAll(feed.take(1, Duration.ofMillis(200)));
                assertThat(messages).filteredOn(message -> ended.equals(message.get("aggregateId")))
                        .extracting(message -> message.get("type")).contains("AgreementExpired");
            });
            var expired = messages.stream().filter(message -> "AgreementExpired".equals(message.get("type")))
                    .findFirst().orElseThrow();
            assertThat(payload(expired)).containsEntry("lastDayInForce", "2020-12-31");
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> database.getCollection("deadlines").countDocuments() == 0);

            var auditor = new ApiClient(port).withToken(auditorToken);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    "\"5\"".equals(auditor.get("/api/agreements/" + ended).header("ETag")));
            assertThat(auditor.get("/api/agreements/" + ended).json().get("status").asString()).isEqualTo("EXPIRED");
            assertThat(auditor.get("/api/agreements/" + ended + "?asOf=2020-12-31").json().get("status").asString())
                    .isEqualTo("IN_FORCE");
            var amended = office.post("/api/agreements/" + ended + "/amendments", """
                    {"documentSha256":"%s","summary":"Verlängerung"}""".formatted(sha256("neu")));
            assertThat(amended.status()).isEqualTo(409);
            assertThat(amended.json().get("detail").asString())
                    .isEqualTo("this agreement expired after 2020-12-31 and cannot be amended any more");
        }
    }

    /** Hesse's agreement on labour-market offices, drafted by the network office. */
    private static String hessianAgreement(ApiClient office, String validUntil) throws Exception {
        var drafted = office.post("/api/agreements", """
                {"title":"Kooperationsvereinbarung Arbeitsmarktbüros","scope":"STATE",
                 "parties":[{"party":"Regionaldirektion Hessen der Bundesagentur für Arbeit"},
                            {"party":"Hessischer Landkreistag"},{"party":"Hessischer Städtetag"}],
                 "documentSha256":"%s","validFrom":"2016-01-01","validUntil":"%s"}"""
                .formatted(sha256("Kooperationsvereinbarung Arbeitsmarktbüros " + validUntil), validUntil));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.json().get("id").asString();
    }

    private static void sign(ApiClient office, String id) {
        for (var party : List.of("Regionaldirektion Hessen der Bundesagentur für Arbeit", "Hessischer Landkreistag",
                "Hessischer Städtetag")) {
            var signed = office.post("/api/agreements/" + id + "/signatures", """
                    {"party":"%s","signedOn":"2015-12-14","signatory":"Vorsitz"}""".formatted(party));
            assertThat(signed.status()).as(signed.body()).isEqualTo(204);
        }
    }

    private static List<String> names(JsonNode parties) {
        return StreamSupport.stream(parties.spliterator(), false).map(party -> party.get("party").asString())
                .toList();
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("id").asString())
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> message) {
        return (Map<String, Object>) message.get("payload");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
