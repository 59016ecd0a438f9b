package de.regionet.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.NetworkTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application snapshots aggregates every few events and loads them from the snapshot: the working group's
 * state (its members and what it decides by), a cooperation agreement's (parties, open amendment, consents) and
 * their versions survive the round trip through the snapshot's JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "regionet.embedded.backend=memory", "regionet.mongo.database=snapshots",
        "regionet.eventstore.snapshot-threshold=5"})
class AggregateSnapshotTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void an_aggregate_loaded_from_its_snapshot_keeps_its_state_and_version() {
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(api.post("/api/regions", """
                {"key":"99016","name":"Testkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var group = api.post("/api/working-groups", """
                {"regionKey":"99016","name":"RAK Testkreis",
                 "establishedOn":"2021-01-01"}""").json().get("id").asString();
        for (int i = 1; i <= 12; i++) {
            var admitted = api.post("/api/working-groups/" + group + "/members",
                    "{\"organisation\":\"Organisation " + i + "\",\"category\":\"OTHER\"}", "If-Match",
                    "\"" + (i - 1) + "\"");
            assertThat(admitted.status()).isEqualTo(201);
        }
        var snapshot = database.getCollection(MongoEventStore.SNAPSHOTS).find(Filters.eq("_id", group)).first();
        assertThat(snapshot).as("a snapshot was taken").isNotNull();
        assertThat(snapshot.getLong(EventDocuments.SEQUENCE)).isGreaterThanOrEqualTo(5);

        var duplicate = api.post("/api/working-groups/" + group + "/members", """
                {"organisation":"organisation 3","category":"OTHER"}""");
        assertThat(duplicate.status()).as("members restored from the snapshot").isEqualTo(409);
        var next = api.post("/api/working-groups/" + group + "/members", """
                {"organisation":"Organisation 13","category":"OTHER"}""", "If-Match", "\"12\"");
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.header("ETag")).isEqualTo("\"13\"");
    }

    @Test
    void an_agreement_loaded_from_its_snapshot_keeps_its_parties_and_open_amendment() {
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        var agreement = api.post("/api/agreements", """
                {"title":"REGIO AKTIV","scope":"STATE","parties":[{"party":"Ministerium"},{"party":"Netzwerkstelle"}],
                 "documentSha256":"%s","validFrom":"2022-01-01","validUntil":"2027-12-31"}"""
                .formatted("a".repeat(64))).header("Location");
        for (var party : List.of("Ministerium", "Netzwerkstelle")) {
            assertThat(api.post(agreement + "/signatures", """
                    {"party":"%s","signedOn":"2021-12-09","signatory":"Leitung"}""".formatted(party)).status())
                    .isEqualTo(204);
        }
        for (var key : List.of("15001", "15002", "15003")) {
            assertThat(api.post(agreement + "/accessions", """
                    {"party":"Region %s","regionKey":"%s","accededOn":"2022-03-01"}""".formatted(key, key)).status())
                    .isEqualTo(204);
        }
        assertThat(api.post(agreement + "/amendments", """
                {"documentSha256":"%s","summary":"Förderbereiche L und M","proposedOn":"2025-02-01"}"""
                .formatted("b".repeat(64))).status()).isEqualTo(201);
        assertThat(consent(api, agreement, "Ministerium").status()).isEqualTo(204);
        var id = agreement.substring(agreement.lastIndexOf('/') + 1);
        var snapshot = database.getCollection(MongoEventStore.SNAPSHOTS).find(Filters.eq("_id", id)).first();
        assertThat(snapshot).as("a snapshot was taken").isNotNull();

        assertThat(consent(api, agreement, "ministerium").status()).as("consent restored").isEqualTo(409);
        assertThat(api.post(agreement + "/accessions", """
                {"party":"Region 15002","regionKey":"15002","accededOn":"2022-04-01"}""").status())
                .as("parties restored").isEqualTo(409);
        for (var party : List.of("Netzwerkstelle", "Region 15001", "Region 15002")) {
            assertThat(consent(api, agreement, party).status()).isEqualTo(204);
        }
        var last = consent(api, agreement, "Region 15003");
        assertThat(last.status()).isEqualTo(204);
        assertThat(last.header("ETag")).as("consented and amendment in force").isEqualTo("\"13\"");
    }

    @Test
    void a_news_article_loaded_from_its_snapshot_keeps_its_status_and_content() {
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        var article = api.post("/api/news", news(0)).header("Location");
        for (int i = 1; i <= 6; i++) {
            assertThat(api.put(article, news(i), "If-Match", "\"" + (i - 1) + "\"").status()).isEqualTo(204);
        }
        assertThat(api.post(article + "/publication", "{\"at\":null}").status()).isEqualTo(204);
        var id = article.substring(article.lastIndexOf('/') + 1);
        assertThat(database.getCollection(MongoEventStore.SNAPSHOTS).find(Filters.eq("_id", id)).first())
                .as("a snapshot was taken").isNotNull();

        assertThat(api.post(article + "/publication", "{\"at\":null}").status()).as("status restored").isEqualTo(409);
        var unchanged = api.put(article, news(6), "If-Match", "\"7\"");
        assertThat(unchanged.header("ETag")).as("content restored: an edit that changes nothing records nothing")
                .isEqualTo("\"7\"");
    }

    @Test
    void a_network_event_loaded_from_its_snapshot_keeps_its_registrations_and_waiting_list() {
        var api = new ApiClient(port);
        var office = api.as(TestUsers.OFFICE);
        var sponsor = api.as(TestUsers.SPONSOR);
        var event = office.post("/api/network-events", """
                {"title":"Konferenz","description":"Text","start":"2099-12-03T10:00:00+01:00",
                 "end":"2099-12-03T16:00:00+01:00","location":"Magdeburg","capacity":2}""").header("Location");
        assertThat(office.post(event + "/publication", "").status()).isEqualTo(204);
        var sponsorsPlace = sponsor.post(event + "/registrations", "{\"organisation\":\"Bildungswerk Salzland\"}")
                .json().get("id").asString();
        for (var organisation : List.of("Jobcenter", "Agentur für Arbeit", "IHK Magdeburg", "HWK Halle")) {
            assertThat(office.post(event + "/registrations", "{\"organisation\":\"" + organisation + "\"}").status())
                    .isEqualTo(201);
        }
        var id = event.substring(event.lastIndexOf('/') + 1);
        assertThat(database.getCollection(MongoEventStore.SNAPSHOTS).find(Filters.eq("_id", id)).first())
                .as("a snapshot was taken").isNotNull();

        assertThat(office.post(event + "/registrations", "{\"organisation\":\"ihk magdeburg\"}").status())
                .as("the waiting list restored").isEqualTo(409);
        assertThat(sponsor.delete(event + "/registrations/" + sponsorsPlace).status())
                .as("who registered restored").isEqualTo(204);
        var view = org.awaitility.Awaitility.await().until(() -> office.get(event).json(),
                json -> json.get("version").asInt() == 8);
        assertThat(view.get("registrations").findValuesAsString("organisation"))
                .as("the first on the waiting list moved up")
                .containsExactly("Jobcenter", "Agentur für Arbeit", "IHK Magdeburg", "HWK Halle");
        assertThat(view.get("registrations").findValuesAsString("status"))
                .containsExactly("REGISTERED", "REGISTERED", "WAITLISTED", "WAITLISTED");
    }

    private static String news(int revision) {
        return "{\"title\":\"Nachricht " + revision + "\",\"teaser\":\"Kurz\",\"body\":\"Text\",\"tags\":[\"a\"]}";
    }

    private static ApiClient.Response consent(ApiClient api, String agreement, String party) {
        return api.post(agreement + "/amendments/2/consents", """
                {"party":"%s","consentedOn":"2025-03-01"}""".formatted(party));
    }

    /**
     * Everything a working group decides by survives the snapshot: members with their dates and categories, the
     * rules of procedure, recorded resolutions, the latest judged day, and an open written procedure with its votes.
     */
    @Test
    void a_working_groups_decisions_survive_the_round_trip_through_a_snapshot() {
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(api.post("/api/regions", """
                {"key":"99014","name":"Beschlusskreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var wg = "/api/working-groups/" + api.post("/api/working-groups", """
                {"regionKey":"99014","name":"RAK Beschlusskreis",
                 "establishedOn":"2021-01-01"}""").json().get("id").asString();
        var members = new ArrayList<String>();
        for (int i = 1; i <= 3; i++) {
            members.add(api.post(wg + "/members", "{\"organisation\":\"Mitglied " + i
                    + "\",\"category\":\"OTHER\",\"admittedOn\":\"2022-07-01\"}").json().get("id").asString());
        }
        assertThat(api.put(wg + "/rules", """
                {"validFrom":"2022-07-01","quorum":"MORE_THAN_HALF_OF_VOTING_MEMBERS","majority":"SIMPLE",
                 "votingCategories":["OTHER"]}""").status()).isEqualTo(204);
        var resolution = api.post(wg + "/resolutions", """
                {"date":"2022-09-14","agendaItem":"TOP 1","motion":"Beschluss","present":["%s","%s","%s"],
                 "votes":{"%s":"YES","%s":"YES","%s":"NO"}}""".formatted(members.get(0), members.get(1),
                members.get(2), members.get(0), members.get(1), members.get(2)));
        assertThat(resolution.status()).as(resolution.body()).isEqualTo(201);
        assertThat(api.post(wg + "/circulations", "{\"motion\":\"Umlauf\",\"deadline\":\""
                + NetworkTime.today(Clock.systemUTC()).plusDays(7) + "\"}").status()).isEqualTo(201);
        for (int i = 1; i <= 3; i++) {
            assertThat(api.post(wg + "/members", "{\"organisation\":\"Gast " + i + "\",\"category\":\"BUSINESS\"}")
                    .status()).as("more events, so the next snapshot holds the decisions").isEqualTo(201);
        }
        var id = wg.substring(wg.lastIndexOf('/') + 1);
        var snapshot = database.getCollection(MongoEventStore.SNAPSHOTS).find(Filters.eq("_id", id)).first();
        assertThat(snapshot).as("a snapshot was taken").isNotNull();
        assertThat(snapshot.getLong(EventDocuments.SEQUENCE)).isGreaterThanOrEqualTo(6);

        var vote = "{\"memberId\":\"%s\",\"vote\":\"%s\"}";
        assertThat(api.post(wg + "/circulations/1/votes", vote.formatted(members.get(0), "YES")).status())
                .as("the open procedure and who has a vote in it").isEqualTo(200);
        assertThat(api.post(wg + "/circulations/1/votes", vote.formatted(members.get(0), "NO")).status())
                .as("the votes cast").isEqualTo(409);
        assertThat(api.put(wg + "/rules", """
                {"validFrom":"2022-09-01","quorum":"MORE_THAN_HALF_OF_VOTING_MEMBERS","majority":"TWO_THIRDS",
                 "votingCategories":["OTHER"]}""").status()).as("the latest judged day").isEqualTo(409);
        assertThat(api.post(wg + "/priorities", """
                {"from":"2023-01-01","resolutionId":"%s","priorities":[{"title":"T","fundingAreas":["A"]}]}"""
                .formatted(resolution.json().get("id").asString())).status()).as("the resolutions").isEqualTo(201);
        assertThat(api.post(wg + "/circulations/1/votes", vote.formatted(members.get(1), "YES")).status())
                .isEqualTo(200);
        var last = api.post(wg + "/circulations/1/votes", vote.formatted(members.get(2), "NO"));
        assertThat(last.json().get("status").asString()).isEqualTo("DECIDED");
        assertThat(last.json().get("outcome").asString()).isEqualTo("ADOPTED");
        var later = api.post(wg + "/resolutions", """
                {"date":"2022-10-05","agendaItem":"TOP 1","motion":"Beschluss","present":["%s","%s"],
                 "votes":{"%s":"YES"}}""".formatted(members.get(0), members.get(1), members.get(0)));
        assertThat(later.status()).as("members with their dates and the rules: " + later.body()).isEqualTo(201);
    }

    /**
     * A snapshot written by an older revision of the aggregate class (here: one without members, as revision 1 had
     * them under another name) is ignored: the working group is rebuilt from its events.
     */
    @Test
    void a_snapshot_of_an_older_revision_of_the_aggregate_is_ignored() {
        var api = new ApiClient(port).as(TestUsers.OFFICE);
        assertThat(api.post("/api/regions", """
                {"key":"99015","name":"Altkreis","kind":"DISTRICT"}""").status()).isEqualTo(201);
        var group = api.post("/api/working-groups", """
                {"regionKey":"99015","name":"RAK Altkreis",
                 "establishedOn":"2021-01-01"}""").json().get("id").asString();
        for (int i = 1; i <= 6; i++) {
            assertThat(api.post("/api/working-groups/" + group + "/members",
                    "{\"organisation\":\"Organisation " + i + "\",\"category\":\"OTHER\"}").status()).isEqualTo(201);
        }
        var snapshots = database.getCollection(MongoEventStore.SNAPSHOTS);
        var snapshot = snapshots.find(Filters.eq("_id", group)).first();
        assertThat(snapshot).as("a snapshot was taken").isNotNull();
        assertThat(snapshot.getString(EventDocuments.PAYLOAD_REVISION)).isEqualTo("3");
        snapshots.updateOne(Filters.eq("_id", group), Updates.combine(
                Updates.set(EventDocuments.PAYLOAD_REVISION, null),
                Updates.set(EventDocuments.PAYLOAD, "{\"id\":\"" + group + "\",\"regionKey\":\"99015\","
                        + "\"activeMembers\":{}}")));

        var duplicate = api.post("/api/working-groups/" + group + "/members", """
                {"organisation":"organisation 2","category":"OTHER"}""");
        assertThat(duplicate.status()).as("members rebuilt from the events, not the old snapshot").isEqualTo(409);
    }
}
