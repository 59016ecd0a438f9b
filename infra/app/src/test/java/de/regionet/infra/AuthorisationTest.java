package de.regionet.infra;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.access.SentBy;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what, for every endpoint that exists and every kind of caller: the network office, a regional
 * coordinator acting for its own region and one acting for a foreign region, a project sponsor, an auditor and an
 * anonymous client. A refusal is a 401 or 403 problem document and stores nothing. The "own" region is 15089 for
 * working-group endpoints and regional agreements, and a fresh test region (held by the Salzland coordinator) where
 * an endpoint creates one; calls, selections and projects belong to another such region, whose working group decides
 * them. The foreign coordinator acts for 15001 only. State-wide agreements and programmes are the network office's
 * alone; a project sponsor proposes and reports for its own organisation.
 */
// Not @RegioNetTest: it counts every event in the store to prove a refusal stored nothing, and uses 99001–99016.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=authorisation"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationTest {

    enum Caller {
        NETWORK_OFFICE(TestUsers.OFFICE, Role.NETWORK_OFFICE),
        COORDINATOR_OWN_REGION(TestUsers.COORDINATOR_SALZLAND, Role.REGIONAL_COORDINATOR),
        COORDINATOR_FOREIGN_REGION(TestUsers.COORDINATOR_DESSAU, Role.REGIONAL_COORDINATOR),
        PROJECT_SPONSOR(TestUsers.SPONSOR, Role.PROJECT_SPONSOR),
        AUDITOR(TestUsers.AUDITOR, Role.AUDITOR),
        ANONYMOUS(null, null),
        /** NRW's network office and an auditor in Hesse: no role in Saxony-Anhalt, whose resources these all are. */
        OFFICE_OF_ANOTHER_NETWORK(TestUsers.OFFICE_NRW, Role.NETWORK_OFFICE);

        final String user;
        final Role role;

        Caller(String user, Role role) {
            this.user = user;
            this.role = role;
        }
    }

    /** Who registers for a network event: everyone of the network's four roles, not the operator or the authority. */
    private static final Set<Role> REGISTRANTS = EnumSet.of(Role.NETWORK_OFFICE, Role.REGIONAL_COORDINATOR,
            Role.PROJECT_SPONSOR, Role.AUDITOR);

    /** Expected statuses per caller, in the order of {@link Caller}. */
    private static final Map<String, int[]> TABLE = new java.util.LinkedHashMap<>();

    static {
        TABLE.put("POST /api/auth/token", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("POST /api/regions", new int[]{201, 403, 403, 403, 403, 401});
        TABLE.put("GET /api/regions", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/regions/{key}", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("POST /api/working-groups", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("GET /api/working-groups", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/working-groups?region=", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/working-groups/{id}", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("POST /api/working-groups/{id}/members", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("DELETE /api/working-groups/{id}/members/{memberId}", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("PUT /api/working-groups/{id}/coordination", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("GET /api/network/overview", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("POST /api/cooperation-bodies", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("GET /api/cooperation-bodies", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/cooperation-bodies?region=&kind=", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/cooperation-bodies/{id}", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/regions/{key}/cooperation-bodies", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("POST /api/cooperation-bodies/{id}/partners", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("DELETE /api/cooperation-bodies/{id}/partners/{partnerId}",
                new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("PUT /api/cooperation-bodies/{id}/site", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("POST /api/cooperation-bodies/{id}/dissolution", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("POST /api/agreements (state-wide)", new int[]{201, 403, 403, 403, 403, 401});
        TABLE.put("POST /api/agreements (regional)", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("GET /api/agreements", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/agreements?party=&region=&status=&asOf=", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/agreements/{id}", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/agreements/{id}?asOf=", new int[]{200, 200, 200, 200, 200, 200});
        // anonymous readers get agreements in force only (issue 19): a draft is unknown to them
        TABLE.put("GET /api/agreements/{id} of a draft", new int[]{200, 200, 200, 200, 200, 404});
        TABLE.put("GET /api/agreements/{id}/amendments/{n}", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("POST /api/agreements/{id}/signatures (state-wide)", new int[]{204, 403, 403, 403, 403, 401});
        TABLE.put("POST /api/agreements/{id}/signatures", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("POST /api/agreements/{id}/accessions", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("POST /api/agreements/{id}/withdrawals", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("POST /api/agreements/{id}/amendments", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("POST /api/agreements/{id}/amendments/{n}/consents", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("POST /api/agreements/{id}/termination", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("POST /api/news", new int[]{201, 403, 403, 403, 403, 401});
        TABLE.put("PUT /api/news/{id}", new int[]{204, 403, 403, 403, 403, 401});
        TABLE.put("POST /api/news/{id}/publication", new int[]{204, 403, 403, 403, 403, 401});
        TABLE.put("DELETE /api/news/{id}", new int[]{204, 403, 403, 403, 403, 401});
        TABLE.put("GET /api/news", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/news/{id}", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/news/{id} of a draft", new int[]{200, 404, 404, 404, 200, 404});
        TABLE.put("POST /api/network-events", new int[]{201, 403, 403, 403, 403, 401});
        TABLE.put("POST /api/network-events/{id}/publication", new int[]{204, 403, 403, 403, 403, 401});
        TABLE.put("PUT /api/network-events/{id}/schedule", new int[]{204, 403, 403, 403, 403, 401});
        TABLE.put("POST /api/network-events/{id}/cancellation", new int[]{204, 403, 403, 403, 403, 401});
        TABLE.put("POST /api/network-events/{id}/registrations", new int[]{201, 201, 201, 201, 201, 401});
        TABLE.put("DELETE /api/network-events/{id}/registrations/{registrationId}",
                new int[]{204, 403, 403, 403, 403, 401});
        TABLE.put("GET /api/network-events", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/network-events/{id}", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /feeds/news.atom", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /feeds/events.ics", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/network/activity", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("PUT /api/working-groups/{id}/rules", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("GET /api/working-groups/{id}/rules", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("POST /api/working-groups/{id}/resolutions", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("POST /api/working-groups/{id}/resolutions/preview", new int[]{200, 200, 403, 403, 403, 401});
        TABLE.put("GET /api/working-groups/{id}/resolutions", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("GET /api/working-groups/{id}/resolutions/{resolutionId}", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("POST /api/working-groups/{id}/circulations", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("POST /api/working-groups/{id}/circulations/{n}/votes", new int[]{200, 200, 403, 403, 403, 401});
        TABLE.put("POST /api/working-groups/{id}/circulations/{n}/recusals", new int[]{200, 200, 403, 403, 403, 401});
        TABLE.put("GET /api/working-groups/{id}/circulations", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("GET /api/working-groups/{id}/circulations/{n}", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("POST /api/working-groups/{id}/priorities", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("GET /api/regions/{key}/priorities", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("GET /api/network/priorities", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("POST /api/programmes", new int[]{201, 403, 403, 403, 403, 401});
        TABLE.put("POST /api/programmes/{id}/amendments", new int[]{201, 403, 403, 403, 403, 401});
        TABLE.put("GET /api/programmes", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/programmes/{id}", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("POST /api/calls", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("POST /api/calls/{id}/proposals", new int[]{201, 201, 403, 201, 403, 401});
        TABLE.put("POST /api/calls/{id}/selection", new int[]{200, 200, 403, 403, 403, 401});
        // a call the state decides (issue 22): the region advises, only the granting authority decides (no column
        // of its own here: DecisionProcedureStoryTest has it decide)
        TABLE.put("POST /api/calls/{id}/advice", new int[]{200, 200, 403, 403, 403, 401});
        TABLE.put("POST /api/calls/{id}/funding-decisions", new int[]{403, 403, 403, 403, 403, 401});
        TABLE.put("GET /api/calls", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/calls/{id}", new int[]{200, 200, 200, 200, 200, 200});
        // anonymous readers get open calls only (issue 19): a closed one is unknown to them
        TABLE.put("GET /api/calls/{id} of a closed call", new int[]{200, 200, 200, 200, 200, 404});
        TABLE.put("GET /api/calls/{id}/proposals/{proposalId}", new int[]{200, 200, 404, 200, 200, 401});
        // the calls of one network (issue 22): public like the list itself
        TABLE.put("GET /api/calls?network=", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/projects/{id}/results/{resultId}", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("GET /api/projects", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("GET /api/projects/{id}", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("POST /api/projects (selected before RegioNet)", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("POST /api/projects/{id}/results", new int[]{201, 201, 403, 201, 403, 401});
        TABLE.put("POST /api/projects/{id}/completion", new int[]{204, 204, 403, 204, 403, 401});
        TABLE.put("GET /api/results", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/indicators", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("POST /api/target-agreements", new int[]{201, 403, 403, 403, 403, 401});
        TABLE.put("GET /api/target-agreements", new int[]{200, 200, 200, 200, 200, 401});
        TABLE.put("GET /api/target-agreements/{id}", new int[]{200, 200, 404, 404, 200, 401});
        TABLE.put("POST /api/target-agreements/{id}/signatures", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("POST /api/target-agreements/{id}/amendments", new int[]{201, 403, 403, 403, 403, 401});
        TABLE.put("POST /api/target-agreements/{id}/amendments/{n}/signatures",
                new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("POST /api/target-agreements/{id}/reviews", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("GET /api/network/controlling", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("GET /api/audit/verification", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("GET /api/audit/streams", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("GET /api/audit/streams/{type}", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("GET /api/audit/streams/{type}/{id}/events", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("GET /api/audit/streams/{type}/{id}/state?asOf=", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("GET /api/audit/lineage/{type}/{id}", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("GET /api/audit/events?region=", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("GET /api/audit/export-key", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("GET /api/admin/projections", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("GET /api/admin/projections/{name}", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("GET /api/admin/projections/{name}/dead-letters", new int[]{200, 403, 403, 403, 200, 401});
        TABLE.put("POST /api/admin/projections/{name}/replay", new int[]{202, 403, 403, 403, 403, 401});
        TABLE.put("POST /api/admin/projections/{name}/dead-letters/retry", new int[]{200, 403, 403, 403, 403, 401});
        TABLE.put("GET /api/admin/imports", new int[]{200, 403, 403, 403, 403, 401});
        TABLE.put("GET /api/personal-data?email=", new int[]{200, 403, 403, 403, 403, 401});
        TABLE.put("POST /api/personal-data/erasures", new int[]{200, 403, 403, 403, 403, 401});
        TABLE.put("GET /actuator/health", new int[]{200, 200, 200, 200, 200, 200});
        // the public portal's start page (ADR 0017): a page, declared PUBLIC like the API's public reads
        TABLE.put("GET /", new int[]{200, 200, 200, 200, 200, 200});
        // the portal's network, news and events pages and the fragments their live regions fetch (issue 19)
        TABLE.put("GET /netzwerk", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /netzwerk/{key}", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /nachrichten", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /nachrichten/liste", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /nachrichten/neueste", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /nachrichten/{id}", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /nachrichten/{id} of a draft", new int[]{404, 404, 404, 404, 404, 404});
        TABLE.put("GET /veranstaltungen", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /veranstaltungen/liste", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /veranstaltungen/{id}", new int[]{200, 200, 200, 200, 200, 200});
        // metrics are installation-wide: the operator's alone (MetricsTest shows the operator's 200; issue 23)
        TABLE.put("GET /actuator/metrics", new int[]{403, 403, 403, 403, 403, 401});
        // planning documents are published by the regions: everyone reads them (issue 22)
        TABLE.put("POST /api/planning-documents", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("GET /api/planning-documents?region=", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/planning-documents/{id}", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/planning-documents/{id}?asOf=", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/regions/{key}/planning-documents", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("POST /api/planning-documents/{id}/revisions", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("POST /api/planning-documents/{id}/supersession", new int[]{200, 200, 403, 403, 403, 401});
        TABLE.put("POST /api/planning-documents/{id}/needs/{needId}/links",
                new int[]{200, 200, 403, 403, 403, 401});
        // the exchange between networks (issue 22): a result is shared wider by its region's coordination or its
        // network's office; good practice is described by them; everyone reads what is shared with them
        TABLE.put("POST /api/projects/{id}/results/{resultId}/sharing", new int[]{200, 200, 403, 403, 403, 401});
        TABLE.put("POST /api/practices", new int[]{201, 201, 403, 403, 403, 401});
        TABLE.put("PUT /api/practices/{id}", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("POST /api/practices/{id}/withdrawal", new int[]{204, 204, 403, 403, 403, 401});
        TABLE.put("GET /api/exchange", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /api/exchange/practices/{id}", new int[]{200, 200, 200, 200, 200, 200});
        // shared with its network only: every caller here holds a role in Saxony-Anhalt's network, anonymous none
        TABLE.put("GET /api/exchange/practices/{id} of the network", new int[]{200, 200, 200, 200, 200, 404});
        TABLE.put("GET /austausch", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /austausch/praxis/{id}", new int[]{200, 200, 200, 200, 200, 200});
        // operations (issue 23): the scrape is the operator's; version, commit and head, and the probes, everyone's
        TABLE.put("GET /actuator/prometheus", new int[]{403, 403, 403, 403, 403, 401});
        TABLE.put("GET /actuator/info", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /actuator/health/readiness", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /actuator/health/liveness", new int[]{200, 200, 200, 200, 200, 200});
        // the API's description (README "API description"): public
        TABLE.put("GET /v3/api-docs", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /swagger-ui/index.html", new int[]{200, 200, 200, 200, 200, 200});
        TABLE.put("GET /asyncapi.json", new int[]{200, 200, 200, 200, 200, 200});
    }

    /**
     * The network axis (issue 22): what {@link Caller#OFFICE_OF_ANOTHER_NETWORK} gets from each endpoint of the table,
     * always against the same Saxony-Anhalt resources. Commands on them are refused (403, or 422 where the key itself
     * is not of the sender's network), reads of what is not public are refused as to any stranger (404 for an item,
     * 403 for what a region shares), lists answer without them, and public reads answer as for anyone. What it creates
     * without naming anything of Saxony-Anhalt belongs to its own network (201), as do the network-wide views it is
     * shown (its own regions). A new row of the table states its entry here too.
     */
    private static final Map<String, Integer> ANOTHER_NETWORK = new java.util.LinkedHashMap<>();

    static {
        ANOTHER_NETWORK.put("POST /api/auth/token", 200);
        // 99xxx keys are Saxony-Anhalt's test territories: not a key of the sender's own network
        ANOTHER_NETWORK.put("POST /api/regions", 422);
        ANOTHER_NETWORK.put("GET /api/regions", 200);
        ANOTHER_NETWORK.put("GET /api/regions/{key}", 200);
        ANOTHER_NETWORK.put("POST /api/working-groups", 403);
        ANOTHER_NETWORK.put("GET /api/working-groups", 200);
        ANOTHER_NETWORK.put("GET /api/working-groups?region=", 200);
        ANOTHER_NETWORK.put("GET /api/working-groups/{id}", 200);
        ANOTHER_NETWORK.put("POST /api/working-groups/{id}/members", 403);
        ANOTHER_NETWORK.put("DELETE /api/working-groups/{id}/members/{memberId}", 403);
        ANOTHER_NETWORK.put("PUT /api/working-groups/{id}/coordination", 403);
        ANOTHER_NETWORK.put("GET /api/network/overview", 200);
        ANOTHER_NETWORK.put("POST /api/cooperation-bodies", 403);
        ANOTHER_NETWORK.put("GET /api/cooperation-bodies", 200);
        ANOTHER_NETWORK.put("GET /api/cooperation-bodies?region=&kind=", 200);
        ANOTHER_NETWORK.put("GET /api/cooperation-bodies/{id}", 200);
        ANOTHER_NETWORK.put("GET /api/regions/{key}/cooperation-bodies", 200);
        ANOTHER_NETWORK.put("POST /api/cooperation-bodies/{id}/partners", 403);
        ANOTHER_NETWORK.put("DELETE /api/cooperation-bodies/{id}/partners/{partnerId}", 403);
        ANOTHER_NETWORK.put("PUT /api/cooperation-bodies/{id}/site", 403);
        ANOTHER_NETWORK.put("POST /api/cooperation-bodies/{id}/dissolution", 403);
        // names no party of Saxony-Anhalt's: a state-wide agreement of its own network
        ANOTHER_NETWORK.put("POST /api/agreements (state-wide)", 201);
        ANOTHER_NETWORK.put("POST /api/agreements (regional)", 403);
        ANOTHER_NETWORK.put("GET /api/agreements", 200);
        ANOTHER_NETWORK.put("GET /api/agreements?party=&region=&status=&asOf=", 200);
        ANOTHER_NETWORK.put("GET /api/agreements/{id}", 200);
        ANOTHER_NETWORK.put("GET /api/agreements/{id}?asOf=", 200);
        ANOTHER_NETWORK.put("GET /api/agreements/{id} of a draft", 404);
        ANOTHER_NETWORK.put("GET /api/agreements/{id}/amendments/{n}", 404);
        ANOTHER_NETWORK.put("POST /api/agreements/{id}/signatures (state-wide)", 403);
        ANOTHER_NETWORK.put("POST /api/agreements/{id}/signatures", 403);
        ANOTHER_NETWORK.put("POST /api/agreements/{id}/accessions", 403);
        ANOTHER_NETWORK.put("POST /api/agreements/{id}/withdrawals", 403);
        ANOTHER_NETWORK.put("POST /api/agreements/{id}/amendments", 403);
        ANOTHER_NETWORK.put("POST /api/agreements/{id}/amendments/{n}/consents", 403);
        ANOTHER_NETWORK.put("POST /api/agreements/{id}/termination", 403);
        ANOTHER_NETWORK.put("POST /api/news", 201);
        ANOTHER_NETWORK.put("PUT /api/news/{id}", 403);
        ANOTHER_NETWORK.put("POST /api/news/{id}/publication", 403);
        ANOTHER_NETWORK.put("DELETE /api/news/{id}", 403);
        ANOTHER_NETWORK.put("GET /api/news", 200);
        ANOTHER_NETWORK.put("GET /api/news/{id}", 200);
        ANOTHER_NETWORK.put("GET /api/news/{id} of a draft", 404);
        ANOTHER_NETWORK.put("POST /api/network-events", 201);
        ANOTHER_NETWORK.put("POST /api/network-events/{id}/publication", 403);
        ANOTHER_NETWORK.put("PUT /api/network-events/{id}/schedule", 403);
        ANOTHER_NETWORK.put("POST /api/network-events/{id}/cancellation", 403);
        // a published network event is open to people of every network (the office networks state- and nation-wide)
        ANOTHER_NETWORK.put("POST /api/network-events/{id}/registrations", 201);
        ANOTHER_NETWORK.put("DELETE /api/network-events/{id}/registrations/{registrationId}", 403);
        ANOTHER_NETWORK.put("GET /api/network-events", 200);
        ANOTHER_NETWORK.put("GET /api/network-events/{id}", 200);
        ANOTHER_NETWORK.put("GET /feeds/news.atom", 200);
        ANOTHER_NETWORK.put("GET /feeds/events.ics", 200);
        ANOTHER_NETWORK.put("GET /api/network/activity", 200);
        ANOTHER_NETWORK.put("PUT /api/working-groups/{id}/rules", 403);
        ANOTHER_NETWORK.put("GET /api/working-groups/{id}/rules", 404);
        ANOTHER_NETWORK.put("POST /api/working-groups/{id}/resolutions", 403);
        ANOTHER_NETWORK.put("POST /api/working-groups/{id}/resolutions/preview", 403);
        ANOTHER_NETWORK.put("GET /api/working-groups/{id}/resolutions", 404);
        ANOTHER_NETWORK.put("GET /api/working-groups/{id}/resolutions/{resolutionId}", 404);
        ANOTHER_NETWORK.put("POST /api/working-groups/{id}/circulations", 403);
        ANOTHER_NETWORK.put("POST /api/working-groups/{id}/circulations/{n}/votes", 403);
        ANOTHER_NETWORK.put("POST /api/working-groups/{id}/circulations/{n}/recusals", 403);
        ANOTHER_NETWORK.put("GET /api/working-groups/{id}/circulations", 404);
        ANOTHER_NETWORK.put("GET /api/working-groups/{id}/circulations/{n}", 404);
        ANOTHER_NETWORK.put("POST /api/working-groups/{id}/priorities", 403);
        ANOTHER_NETWORK.put("GET /api/regions/{key}/priorities", 403);
        ANOTHER_NETWORK.put("GET /api/network/priorities", 200);
        ANOTHER_NETWORK.put("POST /api/programmes", 201);
        ANOTHER_NETWORK.put("POST /api/programmes/{id}/amendments", 403);
        ANOTHER_NETWORK.put("GET /api/programmes", 200);
        ANOTHER_NETWORK.put("GET /api/programmes/{id}", 200);
        ANOTHER_NETWORK.put("POST /api/calls", 403);
        ANOTHER_NETWORK.put("POST /api/calls/{id}/proposals", 403);
        ANOTHER_NETWORK.put("POST /api/calls/{id}/selection", 403);
        ANOTHER_NETWORK.put("POST /api/calls/{id}/advice", 403);
        ANOTHER_NETWORK.put("POST /api/calls/{id}/funding-decisions", 403);
        ANOTHER_NETWORK.put("GET /api/calls", 200);
        ANOTHER_NETWORK.put("GET /api/calls/{id}", 200);
        ANOTHER_NETWORK.put("GET /api/calls/{id} of a closed call", 200);
        ANOTHER_NETWORK.put("GET /api/calls/{id}/proposals/{proposalId}", 404);
        ANOTHER_NETWORK.put("GET /api/calls?network=", 200);
        ANOTHER_NETWORK.put("GET /api/projects/{id}/results/{resultId}", 404);
        // lists answer what the reader may read: nothing of Saxony-Anhalt's
        ANOTHER_NETWORK.put("GET /api/projects", 200);
        ANOTHER_NETWORK.put("GET /api/projects/{id}", 404);
        ANOTHER_NETWORK.put("POST /api/projects (selected before RegioNet)", 403);
        ANOTHER_NETWORK.put("POST /api/projects/{id}/results", 403);
        ANOTHER_NETWORK.put("POST /api/projects/{id}/completion", 403);
        ANOTHER_NETWORK.put("POST /api/projects/{id}/results/{resultId}/sharing", 403);
        // good practice of a Saxony-Anhalt region: described, revised and withdrawn only by that network's people;
        // what is public in the exchange is read by anyone, what Saxony-Anhalt shares within itself by none of NRW
        ANOTHER_NETWORK.put("POST /api/practices", 403);
        ANOTHER_NETWORK.put("PUT /api/practices/{id}", 403);
        ANOTHER_NETWORK.put("POST /api/practices/{id}/withdrawal", 403);
        ANOTHER_NETWORK.put("GET /api/exchange", 200);
        ANOTHER_NETWORK.put("GET /api/exchange/practices/{id}", 200);
        ANOTHER_NETWORK.put("GET /api/exchange/practices/{id} of the network", 404);
        ANOTHER_NETWORK.put("GET /austausch", 200);
        ANOTHER_NETWORK.put("GET /austausch/praxis/{id}", 200);
        ANOTHER_NETWORK.put("GET /actuator/prometheus", 403);
        ANOTHER_NETWORK.put("GET /actuator/info", 200);
        ANOTHER_NETWORK.put("GET /actuator/health/readiness", 200);
        ANOTHER_NETWORK.put("GET /actuator/health/liveness", 200);
        ANOTHER_NETWORK.put("GET /v3/api-docs", 200);
        ANOTHER_NETWORK.put("GET /swagger-ui/index.html", 200);
        ANOTHER_NETWORK.put("GET /asyncapi.json", 200);
        ANOTHER_NETWORK.put("GET /api/results", 200);
        ANOTHER_NETWORK.put("GET /api/indicators", 200);
        ANOTHER_NETWORK.put("POST /api/target-agreements", 403);
        ANOTHER_NETWORK.put("GET /api/target-agreements", 200);
        ANOTHER_NETWORK.put("GET /api/target-agreements/{id}", 404);
        ANOTHER_NETWORK.put("POST /api/target-agreements/{id}/signatures", 403);
        ANOTHER_NETWORK.put("POST /api/target-agreements/{id}/amendments", 403);
        ANOTHER_NETWORK.put("POST /api/target-agreements/{id}/amendments/{n}/signatures", 403);
        ANOTHER_NETWORK.put("POST /api/target-agreements/{id}/reviews", 403);
        ANOTHER_NETWORK.put("GET /api/network/controlling", 200);
        // the audit trail is confined to the reader's networks (docs/audit.md, "Networks"): installation-wide checks
        // answer, what names Saxony-Anhalt's streams or regions does not
        ANOTHER_NETWORK.put("GET /api/audit/verification", 200);
        ANOTHER_NETWORK.put("GET /api/audit/streams", 200);
        // the region streams it lists are its own network's: none of Saxony-Anhalt's
        ANOTHER_NETWORK.put("GET /api/audit/streams/{type}", 200);
        ANOTHER_NETWORK.put("GET /api/audit/streams/{type}/{id}/events", 404);
        ANOTHER_NETWORK.put("GET /api/audit/streams/{type}/{id}/state?asOf=", 404);
        ANOTHER_NETWORK.put("GET /api/audit/lineage/{type}/{id}", 404);
        ANOTHER_NETWORK.put("GET /api/audit/events?region=", 403);
        ANOTHER_NETWORK.put("GET /api/audit/export-key", 200);
        ANOTHER_NETWORK.put("GET /api/admin/projections", 200);
        ANOTHER_NETWORK.put("GET /api/admin/projections/{name}", 200);
        ANOTHER_NETWORK.put("GET /api/admin/projections/{name}/dead-letters", 200);
        // installation-wide operations are the operator's and the default network's office's (NetworkScope)
        ANOTHER_NETWORK.put("POST /api/admin/projections/{name}/replay", 403);
        ANOTHER_NETWORK.put("POST /api/admin/projections/{name}/dead-letters/retry", 403);
        ANOTHER_NETWORK.put("GET /api/admin/imports", 200);
        ANOTHER_NETWORK.put("GET /api/personal-data?email=", 200);
        ANOTHER_NETWORK.put("POST /api/personal-data/erasures", 200);
        ANOTHER_NETWORK.put("GET /actuator/health", 200);
        ANOTHER_NETWORK.put("GET /", 200);
        ANOTHER_NETWORK.put("GET /netzwerk", 200);
        ANOTHER_NETWORK.put("GET /netzwerk/{key}", 200);
        ANOTHER_NETWORK.put("GET /nachrichten", 200);
        ANOTHER_NETWORK.put("GET /nachrichten/liste", 200);
        ANOTHER_NETWORK.put("GET /nachrichten/neueste", 200);
        ANOTHER_NETWORK.put("GET /nachrichten/{id}", 200);
        ANOTHER_NETWORK.put("GET /nachrichten/{id} of a draft", 404);
        ANOTHER_NETWORK.put("GET /veranstaltungen", 200);
        ANOTHER_NETWORK.put("GET /veranstaltungen/liste", 200);
        ANOTHER_NETWORK.put("GET /veranstaltungen/{id}", 200);
        ANOTHER_NETWORK.put("GET /actuator/metrics", 403);
        ANOTHER_NETWORK.put("POST /api/planning-documents", 403);
        ANOTHER_NETWORK.put("GET /api/planning-documents?region=", 200);
        ANOTHER_NETWORK.put("GET /api/planning-documents/{id}", 200);
        ANOTHER_NETWORK.put("GET /api/planning-documents/{id}?asOf=", 200);
        ANOTHER_NETWORK.put("GET /api/regions/{key}/planning-documents", 200);
        ANOTHER_NETWORK.put("POST /api/planning-documents/{id}/revisions", 403);
        ANOTHER_NETWORK.put("POST /api/planning-documents/{id}/supersession", 403);
        ANOTHER_NETWORK.put("POST /api/planning-documents/{id}/needs/{needId}/links", 403);
    }

    /**
     * What the operator (no role in any network's domain, TestUsers.OPERATOR) gets where it differs from a stranger:
     * the installation-wide operations on read models are its as much as the default network's office's, their status
     * too; what touches a network's own data (an import, an access or erasure request) is not (ADR 0023).
     */
    private static final Map<String, Integer> OPERATOR = new java.util.LinkedHashMap<>();

    static {
        OPERATOR.put("GET /api/admin/projections", 200);
        OPERATOR.put("GET /api/admin/projections/{name}", 200);
        OPERATOR.put("GET /api/admin/projections/{name}/dead-letters", 200);
        OPERATOR.put("POST /api/admin/projections/{name}/replay", 202);
        OPERATOR.put("POST /api/admin/projections/{name}/dead-letters/retry", 200);
        OPERATOR.put("GET /api/admin/imports", 403);
        OPERATOR.put("GET /api/personal-data?email=", 403);
        OPERATOR.put("POST /api/personal-data/erasures", 403);
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine events;

    private final Map<Caller, ApiClient> clients = new EnumMap<>(Caller.class);
    private final Deque<String> freshRegions = new ArrayDeque<>();
    private final AtomicInteger organisations = new AtomicInteger();
    private static final String PROGRAMME = "{\"name\":\"Programm\",\"from\":\"2021-01-01\",\"to\":\"2027-12-31\","
            + "\"budgetEuro\":1000000,\"fundingAreas\":[{\"code\":\"A\",\"title\":\"Aktive Eingliederung\"}]}";
    private static final String NEWS = "{\"title\":\"Nachricht\",\"teaser\":\"Kurz\",\"body\":\"Text\","
            + "\"regionKeys\":[\"15089\"],\"fundingAreas\":[\"K\"]}";
    private static final String NETWORK_EVENT = "{\"title\":\"Konferenz\",\"description\":\"Text\","
            + "\"start\":\"2099-12-03T10:00:00+01:00\",\"end\":\"2099-12-03T16:00:00+01:00\","
            + "\"location\":\"Magdeburg\",\"onlineUrl\":null,\"capacity\":null,\"regionKeys\":[]}";

    private final List<String> voters = new ArrayList<>();
    private final Deque<String> closedCalls = new ArrayDeque<>();
    private final Deque<String> projects = new ArrayDeque<>();
    private Funding funding;
    /**
     * Each target agreement of the funding region gets a past half-year of its own, counting back from the second
     * half of 2025 (seven callers need more periods than whole years since 1990 give).
     */
    private final AtomicInteger targetHalfYears = new AtomicInteger(2 * 2026);
    private final Map<String, java.time.LocalDate> targetStartOf = new java.util.HashMap<>();
    /** A test region of the Salzland coordinator whose working group decides its calls. */
    private String fundingRegion;
    private Rak fundingGroup;
    private ApiClient office;
    private String workingGroup;
    private String draftNews;
    private String publishedNews;
    private String publishedEvent;

    @BeforeAll
    void salzlandkreisWithItsWorkingGroup() {
        var anonymous = new ApiClient(port);
        for (var caller : Caller.values()) {
            clients.put(caller, caller.user == null ? anonymous : anonymous.as(caller.user));
        }
        office = clients.get(Caller.NETWORK_OFFICE);
        IntStream.rangeClosed(99001, 99016).forEach(key -> freshRegions.add(String.valueOf(key)));
        assertThat(office.post("/api/regions", region("15089")).status()).isEqualTo(201);
        workingGroup = office.post("/api/working-groups", """
                {"regionKey":"15089","name":"RAK Salzlandkreis",
                 "establishedOn":"2021-01-01"}""").json().get("id").asString();
        draftNews = newsDraft();
        publishedNews = newsDraft();
        assertThat(office.post("/api/news/" + publishedNews + "/publication", "{}").status()).isEqualTo(204);
        publishedEvent = publishedNetworkEvent();
        funding = new Funding(office);
        fundingRegion = freshRegions.pop();
        assertThat(office.post("/api/regions", region(fundingRegion)).status()).isEqualTo(201);
        fundingGroup = Rak.constitute(office, fundingRegion, "Kreis " + fundingRegion);
        // calls recorded after their deadline, with proposals submitted in time: closed whatever the machine's load
        for (int i = 0; i < 2 * Caller.values().length; i++) {
            closedCalls.add(pastCall(1).get(0));
        }
        projects.addAll(projectsOfAPastCall(Caller.values().length + 1));
        await().until(() -> office.get("/api/news/" + publishedNews).status() == 200
                && office.get("/api/news/" + draftNews).status() == 200
                && office.get("/api/network-events/" + publishedEvent).status() == 200);
    }

    private String newsDraft() {
        return office.post("/api/news", NEWS).json().get("id").asString();
    }

    private String networkEventDraft() {
        return office.post("/api/network-events", NETWORK_EVENT).json().get("id").asString();
    }

    private String publishedNetworkEvent() {
        var event = networkEventDraft();
        assertThat(office.post("/api/network-events/" + event + "/publication", "").status()).isEqualTo(204);
        return event;
    }

    static Stream<Arguments> everyEndpointAndCaller() {
        return TABLE.entrySet().stream().flatMap(row -> Stream.of(Caller.values())
                .map(caller -> Arguments.of(row.getKey(), caller, caller == Caller.OFFICE_OF_ANOTHER_NETWORK
                        ? ANOTHER_NETWORK.get(row.getKey()) : row.getValue()[caller.ordinal()])));
    }

    @Test
    void every_endpoint_states_what_an_office_of_another_network_gets() {
        assertThat(ANOTHER_NETWORK.keySet()).containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("everyEndpointAndCaller")
    void each_caller_may_do_what_its_role_allows_and_a_refusal_stores_nothing(String endpoint, Caller caller,
                                                                             int expected) {
        var request = prepare(endpoint, caller);
        long before = storedEvents();

        var response = request.apply(clients.get(caller));

        assertThat(response.status()).as(endpoint + " as " + caller + ": " + response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(expected);
            assertThat(response.json().get("detail").asString()).isNotBlank();
            // the audit log records every read of the audit trail before it is answered (AuditReads), so an attempt
            // to read another network's history, refused by the network boundary, is on record; nothing else is
            var attemptedRead = caller == Caller.OFFICE_OF_ANOTHER_NETWORK && endpoint.startsWith("GET /api/audit/")
                    ? 1 : 0;
            assertThat(storedEvents()).as("a refusal stores nothing").isEqualTo(before + attemptedRead);
        }
        if (expected == 401) {
            assertThat(response.header("WWW-Authenticate")).isNotBlank();
        }
    }

    static Stream<Arguments> operatorAnswers() {
        return OPERATOR.entrySet().stream().map(row -> Arguments.of(row.getKey(), row.getValue()));
    }

    @ParameterizedTest(name = "{0} as the operator -> {1}")
    @MethodSource("operatorAnswers")
    void the_operator_rebuilds_read_models_and_retries_dead_letters_and_touches_no_networks_data(String endpoint,
                                                                                                int expected) {
        var request = prepare(endpoint, Caller.NETWORK_OFFICE);
        long before = storedEvents();

        var response = request.apply(new ApiClient(port).as(TestUsers.OPERATOR));

        assertThat(response.status()).as(endpoint + " as the operator: " + response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(storedEvents()).as("a refusal stores nothing").isEqualTo(before);
        } else if (endpoint.startsWith("POST")) {
            assertThat(storedEvents()).as("the audit log records the operation first").isGreaterThan(before);
        }
    }

    /** Sets up what the request needs (as the network office), then answers the request itself. */
    private Function<ApiClient, ApiClient.Response> prepare(String endpoint, Caller caller) {
        var wg = "/api/working-groups/" + workingGroup;
        return switch (endpoint) {
            case "POST /api/auth/token" -> client -> signIn(caller);
            case "POST /api/regions" -> {
                var key = freshRegions.pop();
                yield client -> client.post("/api/regions", region(key));
            }
            case "GET /api/regions" -> client -> client.get("/api/regions");
            case "GET /api/regions/{key}" -> client -> client.get("/api/regions/15089");
            case "POST /api/working-groups" -> {
                var key = freshRegions.pop();
                assertThat(office.post("/api/regions", region(key)).status()).isEqualTo(201);
                yield client -> client.post("/api/working-groups", "{\"regionKey\":\"" + key + "\",\"name\":\"RAK"
                        + "\",\"establishedOn\":\"2021-01-01\"}");
            }
            case "GET /api/working-groups" -> client -> client.get("/api/working-groups");
            case "GET /api/working-groups?region=" -> client -> client.get("/api/working-groups?region=15089");
            case "GET /api/working-groups/{id}" -> client -> client.get(wg);
            case "POST /api/working-groups/{id}/members" -> client -> client.post(wg + "/members", member());
            case "DELETE /api/working-groups/{id}/members/{memberId}" -> {
                var member = office.post(wg + "/members", member()).json().get("id").asString();
                yield client -> client.delete(wg + "/members/" + member);
            }
            case "PUT /api/working-groups/{id}/coordination" -> client -> client.put(wg + "/coordination", """
                    {"organisation":"REKO Salzlandkreis","from":"2022-07-01","to":"2028-06-30"}""");
            case "POST /api/cooperation-bodies" -> client -> client.post("/api/cooperation-bodies", COOPERATION_BODY);
            case "GET /api/cooperation-bodies" -> client -> client.get("/api/cooperation-bodies");
            case "GET /api/cooperation-bodies?region=&kind=" ->
                    client -> client.get("/api/cooperation-bodies?region=15089&kind=ARBEITSMARKTBUERO");
            case "GET /api/cooperation-bodies/{id}" -> {
                var body = created(office.post("/api/cooperation-bodies", COOPERATION_BODY));
                yield client -> awaitRead(client, body);
            }
            case "GET /api/regions/{key}/cooperation-bodies" ->
                    client -> client.get("/api/regions/15089/cooperation-bodies");
            case "POST /api/cooperation-bodies/{id}/partners" -> {
                var body = created(office.post("/api/cooperation-bodies", COOPERATION_BODY));
                yield client -> client.post(body + "/partners", """
                        {"organisation":"IHK Magdeburg","role":"Kammer"}""");
            }
            case "DELETE /api/cooperation-bodies/{id}/partners/{partnerId}" -> {
                var body = created(office.post("/api/cooperation-bodies", COOPERATION_BODY));
                var partner = created(office.post(body + "/partners", """
                        {"organisation":"IHK Magdeburg","role":"Kammer"}"""));
                yield client -> client.delete(partner);
            }
            case "PUT /api/cooperation-bodies/{id}/site" -> {
                var body = created(office.post("/api/cooperation-bodies", COOPERATION_BODY));
                yield client -> client.put(body + "/site", "{\"site\":\"Bernburg, Karlsplatz 37\"}");
            }
            case "POST /api/cooperation-bodies/{id}/dissolution" -> {
                var body = created(office.post("/api/cooperation-bodies", COOPERATION_BODY));
                yield client -> client.post(body + "/dissolution", "{\"reason\":\"Aufgaben übergeben\"}");
            }
            case "GET /api/network/overview" -> client -> client.get("/api/network/overview");
            case "POST /api/agreements (state-wide)" -> client -> client.post("/api/agreements", draft(STATE_WIDE));
            case "POST /api/agreements (regional)" -> client -> client.post("/api/agreements", draft(REGIONAL));
            case "GET /api/agreements" -> client -> client.get("/api/agreements");
            case "GET /api/agreements?party=&region=&status=&asOf=" ->
                    client -> client.get("/api/agreements?party=jobcenter&region=15089&status=IN_FORCE"
                            + "&asOf=2023-01-01");
            case "GET /api/agreements/{id}" -> {
                var agreement = agreementInForce(REGIONAL);
                yield client -> awaitRead(client, agreement);
            }
            case "GET /api/agreements/{id}?asOf=" -> {
                var agreement = agreementInForce(REGIONAL);
                yield client -> awaitRead(client, agreement + "?asOf=2022-03-01");
            }
            case "GET /api/agreements/{id} of a draft" -> {
                var agreement = created(office.post("/api/agreements", draft(REGIONAL)));
                awaitReadable(agreement);
                yield client -> client.get(agreement);
            }
            case "GET /api/agreements/{id}/amendments/{n}" -> {
                var agreement = amendedAgreement();
                // read once the network's own office can, so that a 404 for another network's is a refusal
                awaitRead(office, agreement + "/amendments/2");
                yield client -> client.get(agreement + "/amendments/2");
            }
            case "POST /api/agreements/{id}/signatures (state-wide)" -> {
                var agreement = created(office.post("/api/agreements", draft(STATE_WIDE)));
                yield client -> client.post(agreement + "/signatures", SIGNATURE);
            }
            case "POST /api/agreements/{id}/signatures" -> {
                var agreement = created(office.post("/api/agreements", draft(REGIONAL)));
                yield client -> client.post(agreement + "/signatures", SIGNATURE);
            }
            case "POST /api/agreements/{id}/accessions" -> {
                var agreement = agreementInForce(REGIONAL);
                yield client -> client.post(agreement + "/accessions", """
                        {"party":"IHK Magdeburg","accededOn":"2022-06-01"}""");
            }
            case "POST /api/agreements/{id}/withdrawals" -> {
                var agreement = agreementInForce(REGIONAL);
                assertThat(office.post(agreement + "/accessions", """
                        {"party":"IHK Magdeburg","accededOn":"2022-06-01"}""").status()).isEqualTo(204);
                yield client -> client.post(agreement + "/withdrawals", """
                        {"party":"IHK Magdeburg","withdrawnOn":"2023-01-01"}""");
            }
            case "POST /api/agreements/{id}/amendments" -> {
                var agreement = agreementInForce(REGIONAL);
                yield client -> client.post(agreement + "/amendments", AMENDMENT);
            }
            case "POST /api/agreements/{id}/amendments/{n}/consents" -> {
                var agreement = amendedAgreement();
                yield client -> client.post(agreement + "/amendments/2/consents", """
                        {"party":"Jobcenter Salzlandkreis","consentedOn":"2023-03-01"}""");
            }
            case "POST /api/agreements/{id}/termination" -> {
                var agreement = agreementInForce(REGIONAL);
                yield client -> client.post(agreement + "/termination", """
                        {"effectiveOn":"2024-01-01","reason":"Ziele erreicht"}""");
            }
            case "POST /api/news" -> client -> client.post("/api/news", NEWS);
            case "PUT /api/news/{id}" -> {
                var news = newsDraft();
                yield client -> client.put("/api/news/" + news, NEWS.replace("Nachricht", "Neu"), "If-Match", "*");
            }
            case "POST /api/news/{id}/publication" -> {
                var news = newsDraft();
                yield client -> client.post("/api/news/" + news + "/publication", "{\"at\":null}");
            }
            case "DELETE /api/news/{id}" -> {
                var news = newsDraft();
                yield client -> client.delete("/api/news/" + news);
            }
            case "GET /api/news" -> client -> client.get("/api/news");
            case "GET /api/news/{id}" -> client -> client.get("/api/news/" + publishedNews);
            case "GET /api/news/{id} of a draft" -> client -> client.get("/api/news/" + draftNews);
            case "POST /api/network-events" -> client -> client.post("/api/network-events", NETWORK_EVENT);
            case "POST /api/network-events/{id}/publication" -> {
                var event = networkEventDraft();
                yield client -> client.post("/api/network-events/" + event + "/publication", "");
            }
            case "PUT /api/network-events/{id}/schedule" -> client -> client.put(
                    "/api/network-events/" + publishedEvent + "/schedule",
                    "{\"start\":\"2099-12-03T09:00:00+01:00\",\"end\":\"2099-12-03T17:00:00+01:00\"}");
            case "POST /api/network-events/{id}/cancellation" -> {
                var event = publishedNetworkEvent();
                yield client -> client.post("/api/network-events/" + event + "/cancellation",
                        "{\"reason\":\"Saal fehlt\"}");
            }
            case "POST /api/network-events/{id}/registrations" -> client -> client.post(
                    "/api/network-events/" + publishedEvent + "/registrations", caller == Caller.PROJECT_SPONSOR
                            ? "{\"organisation\":\"Bildungswerk Salzland\"}"
                            : "{\"organisation\":\"Organisation " + organisations.incrementAndGet() + "\"}");
            case "DELETE /api/network-events/{id}/registrations/{registrationId}" -> {
                var registration = office.post("/api/network-events/" + publishedEvent + "/registrations",
                        "{\"organisation\":\"Organisation " + organisations.incrementAndGet() + "\"}")
                        .json().get("id").asString();
                yield client -> client.delete("/api/network-events/" + publishedEvent + "/registrations/"
                        + registration);
            }
            case "GET /api/network-events" -> client -> client.get("/api/network-events");
            case "GET /api/network-events/{id}" -> client -> client.get("/api/network-events/" + publishedEvent);
            case "GET /feeds/news.atom" -> client -> client.get("/feeds/news.atom");
            case "GET /feeds/events.ics" -> client -> client.get("/feeds/events.ics");
            case "GET /api/network/activity" -> client -> client.get("/api/network/activity");
            case "PUT /api/working-groups/{id}/rules" -> client -> client.put(wg + "/rules", rules("2030-01-01"));
            case "GET /api/working-groups/{id}/rules" -> client -> client.get(wg + "/rules");
            case "POST /api/working-groups/{id}/resolutions" -> {
                var resolution = meeting();
                yield client -> client.post(wg + "/resolutions", resolution);
            }
            case "POST /api/working-groups/{id}/resolutions/preview" -> {
                var resolution = meeting();
                yield client -> client.post(wg + "/resolutions/preview", resolution);
            }
            case "GET /api/working-groups/{id}/resolutions" -> client -> client.get(wg + "/resolutions");
            case "GET /api/working-groups/{id}/resolutions/{resolutionId}" -> {
                var path = wg + "/resolutions/" + adoptedResolution();
                awaitReadable(path);
                yield client -> client.get(path);
            }
            case "POST /api/working-groups/{id}/circulations" -> {
                constituted();
                yield client -> client.post(wg + "/circulations", circulation());
            }
            case "POST /api/working-groups/{id}/circulations/{n}/votes" -> {
                var path = wg + "/circulations/" + openCirculation() + "/votes";
                yield client -> client.post(path, "{\"memberId\":\"" + voters.get(0) + "\",\"vote\":\"YES\"}");
            }
            case "POST /api/working-groups/{id}/circulations/{n}/recusals" -> {
                var path = wg + "/circulations/" + openCirculation() + "/recusals";
                yield client -> client.post(path, "{\"memberId\":\"" + voters.get(0) + "\",\"reason\":\"Träger\"}");
            }
            case "GET /api/working-groups/{id}/circulations" -> client -> client.get(wg + "/circulations");
            case "GET /api/working-groups/{id}/circulations/{n}" -> {
                var path = wg + "/circulations/" + openCirculation();
                awaitReadable(path);
                yield client -> client.get(path);
            }
            case "POST /api/working-groups/{id}/priorities" -> {
                var resolution = adoptedResolution();
                yield client -> client.post(wg + "/priorities", "{\"from\":\"2023-01-01\",\"resolutionId\":\""
                        + resolution + "\",\"priorities\":[{\"title\":\"Fachkräftesicherung\","
                        + "\"fundingAreas\":[\"C\"]}]}");
            }
            case "GET /api/regions/{key}/priorities" -> client -> client.get("/api/regions/15089/priorities");
            case "GET /api/network/priorities" -> client -> client.get("/api/network/priorities");
            case "POST /api/programmes" -> client -> client.post("/api/programmes", PROGRAMME);
            case "POST /api/programmes/{id}/amendments" -> {
                var programme = office.post("/api/programmes", PROGRAMME).header("Location");
                yield client -> client.post(programme + "/amendments", """
                        {"effectiveFrom":"2025-04-01","addAreas":[{"code":"L","title":"Fachkräftesicherung"}]}""");
            }
            case "GET /api/programmes" -> client -> client.get("/api/programmes");
            case "GET /api/programmes/{id}" -> {
                var programme = "/api/programmes/" + funding.programme();
                awaitReadable(programme);
                yield client -> client.get(programme);
            }
            case "POST /api/calls" -> client -> client.post("/api/calls", """
                    {"regionKey":"%s","programmeId":"%s","fundingArea":"A","title":"Aufruf","budgetEuro":1000,
                     "deadline":"2099-01-01T12:00:00Z"}""".formatted(fundingRegion, funding.programme()));
            case "POST /api/projects (selected before RegioNet)" -> client -> client.post("/api/projects", """
                    {"regionKey":"%s","programmeId":"%s","fundingArea":"A","sponsor":"Bildungswerk Salzland",
                     "title":"Vorher","summary":"Kurz","grantEuro":500,"durationMonths":12,"selectedBy":"RAK",
                     "selectedOn":"2022-09-14"}""".formatted(fundingRegion, funding.programme()));
            case "POST /api/calls/{id}/proposals" -> {
                var call = openCall();
                yield client -> client.post(call + "/proposals", """
                        {"sponsor":"Bildungswerk Salzland","title":"Vorschlag","summary":"Kurz","requestedEuro":500,
                         "durationMonths":12}""");
            }
            case "POST /api/calls/{id}/selection" -> {
                var call = closedCalls.pop();
                var proposal = office.get(call).json().get("proposals").get(0).get("id").asString();
                var resolution = fundingGroup.resolveAboutCall(office, Funding.idOf(call));
                yield client -> client.post(call + "/selection", "{\"resolutionId\":\"" + resolution
                        + "\",\"selected\":[{\"proposalId\":\"" + proposal + "\",\"amountEuro\":100}]}");
            }
            case "POST /api/calls/{id}/advice" -> {
                var call = stateDecidedCall();
                var proposal = office.get(call).json().get("proposals").get(0).get("id").asString();
                yield client -> client.post(call + "/advice", "{\"advice\":[{\"proposalId\":\"" + proposal
                        + "\",\"recommended\":false,\"reason\":\"Kein Bedarf\"}]}");
            }
            case "POST /api/calls/{id}/funding-decisions" -> {
                var call = stateDecidedCall();
                var proposal = office.get(call).json().get("proposals").get(0).get("id").asString();
                assertThat(office.post(call + "/advice", "{\"advice\":[{\"proposalId\":\"" + proposal
                        + "\",\"recommended\":true,\"rank\":1,\"reason\":\"Gut\"}]}").status()).isEqualTo(200);
                yield client -> client.post(call + "/funding-decisions", "{\"granted\":[{\"proposalId\":\""
                        + proposal + "\",\"funds\":[{\"fund\":\"ESF_PLUS\",\"amountEuro\":100}]}]}");
            }
            case "GET /api/calls" -> client -> client.get("/api/calls?region=" + fundingRegion);
            case "GET /api/calls?network=" -> client -> client.get("/api/calls?network=sachsen-anhalt");
            case "GET /api/calls/{id}" -> {
                var call = openCall();
                awaitReadable(call);
                yield client -> client.get(call);
            }
            case "GET /api/calls/{id} of a closed call" -> {
                var call = closedCalls.pop();
                yield client -> client.get(call);
            }
            case "GET /api/calls/{id}/proposals/{proposalId}" -> {
                var call = openCall();
                var proposal = call + "/proposals/" + funding.propose(call);
                awaitReadable(proposal);
                yield client -> client.get(proposal);
            }
            case "GET /api/projects/{id}/results/{resultId}" -> {
                var result = office.post(projects.peek() + "/results", """
                        {"periodFrom":"2026-01-01","periodTo":"2026-06-30","indicators":{"PARTICIPANTS":12},
                         "narrative":"Bericht","audience":"NETWORK"}""").header("Location");
                awaitReadable(result);
                yield client -> client.get(result);
            }
            case "GET /api/projects" -> client -> client.get("/api/projects?region=" + fundingRegion);
            case "GET /api/projects/{id}" -> {
                var project = projects.peek();
                yield client -> client.get(project);
            }
            case "POST /api/projects/{id}/results" -> {
                var project = projects.peek();
                yield client -> client.post(project + "/results", """
                        {"periodFrom":"2026-01-01","periodTo":"2026-06-30","indicators":{"PARTICIPANTS":12},
                         "narrative":"Bericht","audience":"NETWORK"}""");
            }
            case "POST /api/projects/{id}/completion" -> {
                var project = projects.pop();
                yield client -> client.post(project + "/completion", "{\"finalReport\":\"Abschluss\"}");
            }
            case "GET /api/results" -> client -> client.get("/api/results?q=bericht&region=" + fundingRegion);
            case "GET /api/indicators" -> client -> client.get("/api/indicators");
            case "POST /api/target-agreements" -> {
                var start = nextTargetPeriod();
                yield client -> client.post("/api/target-agreements", targetAgreement(start));
            }
            case "GET /api/target-agreements" -> client -> client.get("/api/target-agreements?region=" + fundingRegion);
            case "GET /api/target-agreements/{id}" -> {
                var agreement = targetAgreementSignedBy(List.of());
                awaitReadable(agreement);
                yield client -> client.get(agreement);
            }
            case "POST /api/target-agreements/{id}/signatures" -> {
                var agreement = targetAgreementSignedBy(List.of());
                yield client -> client.post(agreement + "/signatures", signature(agreement, "Regio-Netzwerkstelle", 0));
            }
            case "POST /api/target-agreements/{id}/amendments" -> {
                var agreement = targetAgreementSignedBy(List.of("Regio-Netzwerkstelle", "Kreis " + fundingRegion));
                yield client -> client.post(agreement + "/amendments", amendment(agreement));
            }
            case "POST /api/target-agreements/{id}/amendments/{n}/signatures" -> {
                var agreement = targetAgreementSignedBy(List.of("Regio-Netzwerkstelle", "Kreis " + fundingRegion));
                assertThat(office.post(agreement + "/amendments", amendment(agreement)).status()).isEqualTo(201);
                yield client -> client.post(agreement + "/amendments/1/signatures",
                        signature(agreement, "Kreis " + fundingRegion, 2));
            }
            case "POST /api/target-agreements/{id}/reviews" -> {
                var agreement = targetAgreementSignedBy(List.of("Regio-Netzwerkstelle", "Kreis " + fundingRegion));
                awaitReadable(agreement);
                var day = targetStartOf.get(agreement).plusMonths(2);
                yield client -> client.post(agreement + "/reviews", "{\"date\":\"" + day
                        + "\",\"assessment\":\"ON_TRACK\",\"measures\":\"keine\"}");
            }
            case "GET /api/network/controlling" -> client -> client.get("/api/network/controlling?period=2026");
            case "GET /api/audit/verification" -> client -> client.get("/api/audit/verification");
            case "GET /api/audit/streams" -> client -> client.get("/api/audit/streams");
            case "GET /api/audit/streams/{type}" -> client -> client.get("/api/audit/streams/region");
            case "GET /api/audit/streams/{type}/{id}/events" ->
                    client -> client.get("/api/audit/streams/region/15089/events");
            case "GET /api/audit/streams/{type}/{id}/state?asOf=" ->
                    client -> client.get("/api/audit/streams/working-group/" + workingGroup + "/state?asOf=2099-01-01");
            case "GET /api/audit/lineage/{type}/{id}" -> client -> client.get("/api/audit/lineage/region/15089");
            case "GET /api/audit/events?region=" -> client -> client.get("/api/audit/events?region=15089");
            case "GET /api/audit/export-key" -> client -> client.get("/api/audit/export-key");
            case "GET /api/admin/projections" -> client -> client.get("/api/admin/projections");
            case "GET /api/admin/projections/{name}" -> client -> client.get("/api/admin/projections/regions");
            case "GET /api/admin/projections/{name}/dead-letters" ->
                    client -> client.get("/api/admin/projections/regions/dead-letters");
            case "POST /api/admin/projections/{name}/replay" -> {
                // one rebuild at a time: the previous caller's may still run
                await().atMost(Duration.ofSeconds(90)).until(() -> {
                    var status = office.get("/api/admin/projections/lineage").json();
                    return status.get("state").asString().equals("running") && status.get("rebuilding").isEmpty();
                });
                yield client -> client.post("/api/admin/projections/lineage/replay", "");
            }
            case "POST /api/admin/projections/{name}/dead-letters/retry" ->
                    client -> client.post("/api/admin/projections/regions/dead-letters/retry", "");
            case "GET /api/admin/imports" -> client -> client.get("/api/admin/imports");
            case "GET /api/personal-data?email=" ->
                    client -> client.get("/api/personal-data?email=nobody.known@example.org");
            case "POST /api/personal-data/erasures" -> client -> client.post("/api/personal-data/erasures", """
                    {"email":"nobody.known@example.org"}""");
            case "GET /actuator/health" -> client -> client.get("/actuator/health");
            case "GET /" -> client -> client.get("/", "Accept", "text/html");
            case "GET /netzwerk" -> client -> client.get("/netzwerk", "Accept", "text/html");
            case "GET /netzwerk/{key}" -> client -> client.get("/netzwerk/15089", "Accept", "text/html");
            case "GET /nachrichten" -> client -> client.get("/nachrichten", "Accept", "text/html");
            case "GET /nachrichten/liste" -> client -> client.get("/nachrichten/liste", "Accept", "text/html");
            case "GET /nachrichten/neueste" -> client -> client.get("/nachrichten/neueste", "Accept", "text/html");
            case "GET /nachrichten/{id}" ->
                    client -> client.get("/nachrichten/" + publishedNews, "Accept", "text/html");
            case "GET /nachrichten/{id} of a draft" -> client -> client.get("/nachrichten/" + draftNews);
            case "GET /veranstaltungen" -> client -> client.get("/veranstaltungen", "Accept", "text/html");
            case "GET /veranstaltungen/liste" -> client -> client.get("/veranstaltungen/liste", "Accept", "text/html");
            case "GET /veranstaltungen/{id}" ->
                    client -> client.get("/veranstaltungen/" + publishedEvent, "Accept", "text/html");
            case "GET /actuator/metrics" -> client -> client.get("/actuator/metrics");
            case "GET /actuator/prometheus" -> client -> client.get("/actuator/prometheus");
            case "GET /actuator/info" -> client -> client.get("/actuator/info");
            case "GET /actuator/health/readiness" -> client -> client.get("/actuator/health/readiness");
            case "GET /actuator/health/liveness" -> client -> client.get("/actuator/health/liveness");
            case "POST /api/planning-documents" ->
                    client -> client.post("/api/planning-documents", planningDocument("2016-07-04"));
            case "GET /api/planning-documents?region=" ->
                    client -> client.get("/api/planning-documents?region=" + fundingRegion);
            case "GET /api/planning-documents/{id}" -> {
                var document = adoptedPlanningDocument("2016-07-04");
                awaitReadable(document);
                yield client -> client.get(document);
            }
            case "GET /api/planning-documents/{id}?asOf=" -> {
                var document = adoptedPlanningDocument("2016-07-04");
                awaitReadable(document);
                yield client -> client.get(document + "?asOf=2017-01-01");
            }
            case "GET /api/regions/{key}/planning-documents" ->
                    client -> client.get("/api/regions/" + fundingRegion + "/planning-documents");
            case "POST /api/planning-documents/{id}/revisions" -> {
                var document = adoptedPlanningDocument("2016-07-04");
                yield client -> client.post(document + "/revisions", "{\"content\":" + planningContent("2018-01-01")
                        + ",\"revisedOn\":\"2017-12-01\"}");
            }
            case "POST /api/planning-documents/{id}/supersession" -> {
                var document = adoptedPlanningDocument("2016-07-04");
                var successor = adoptedPlanningDocument("2021-01-01");
                yield client -> client.post(document + "/supersession", "{\"successorId\":\""
                        + Funding.idOf(successor) + "\",\"supersededOn\":\"2021-01-01\"}");
            }
            case "POST /api/planning-documents/{id}/needs/{needId}/links" -> {
                var document = adoptedPlanningDocument("2016-07-04");
                var call = Funding.idOf(openCall());
                yield client -> client.post(document + "/needs/B1/links", "{\"callId\":\"" + call + "\"}");
            }
            case "POST /api/projects/{id}/results/{resultId}/sharing" -> {
                var result = created(office.post(projects.peek() + "/results", """
                        {"periodFrom":"2026-01-01","periodTo":"2026-06-30","indicators":{"PARTICIPANTS":12},
                         "narrative":"Bericht","audience":"REGION"}"""));
                yield client -> client.post(result + "/sharing", "{\"audience\":\"NATION_WIDE\"}");
            }
            case "POST /api/practices" -> client -> client.post("/api/practices", practice("PUBLIC"));
            case "PUT /api/practices/{id}" -> {
                var practice = practiceCommandPath("PUBLIC");
                yield client -> client.put(practice, practice("NATION_WIDE"), "If-Match", "*");
            }
            case "POST /api/practices/{id}/withdrawal" -> {
                var practice = practiceCommandPath("PUBLIC");
                yield client -> client.post(practice + "/withdrawal", "{\"reason\":\"überholt\"}");
            }
            case "GET /api/exchange" -> client -> client.get("/api/exchange?q=bericht&network=sachsen-anhalt"
                    + "&kind=result&region=" + fundingRegion);
            case "GET /api/exchange/practices/{id}" -> {
                var practice = readablePractice("PUBLIC");
                yield client -> client.get(practice);
            }
            case "GET /api/exchange/practices/{id} of the network" -> {
                var practice = readablePractice("NETWORK");
                yield client -> client.get(practice);
            }
            case "GET /austausch" -> client -> client.get("/austausch?q=praxis&network=sachsen-anhalt");
            case "GET /austausch/praxis/{id}" -> {
                var practice = readablePractice("PUBLIC");
                yield client -> client.get("/austausch/praxis/" + practice.substring(practice.lastIndexOf('/') + 1));
            }
            case "GET /v3/api-docs" -> client -> client.get("/v3/api-docs");
            case "GET /swagger-ui/index.html" -> client -> client.get("/swagger-ui/index.html");
            case "GET /asyncapi.json" -> client -> client.get("/asyncapi.json");
            default -> throw new IllegalArgumentException("no request for " + endpoint);
        };
    }

    /** An example of good practice of the Salzlandkreis, shared with {@code audience}. */
    private static String practice(String audience) {
        return "{\"title\":\"Gute Praxis\",\"summary\":\"Unter einem Dach\",\"regionKey\":\"15089\","
                + "\"topics\":[\"Kooperation\"],\"audience\":\"" + audience + "\"}";
    }

    /** A fresh example's command path ({@code /api/practices/{id}}). */
    private String practiceCommandPath(String audience) {
        var described = office.post("/api/practices", practice(audience));
        assertThat(described.status()).as(described.body()).isEqualTo(201);
        return "/api/practices/" + described.json().get("id").asString();
    }

    /** A fresh example's read path, once it is readable. */
    private String readablePractice(String audience) {
        var read = created(office.post("/api/practices", practice(audience)));
        awaitReadable(read);
        return read;
    }

    /** An implementation concept of the funding region valid from {@code from}, adopted by its working group. */
    private String planningDocument(String from) {
        return "{\"regionKey\":\"" + fundingRegion + "\",\"adoptedBy\":\"" + fundingGroup.id()
                + "\",\"kind\":\"IMPLEMENTATION_CONCEPT\",\"content\":" + planningContent(from)
                + ",\"adoptedOn\":\"" + from + "\"}";
    }

    private static String planningContent(String from) {
        return "{\"title\":\"Umsetzungskonzept\",\"validFrom\":\"" + from + "\",\"needs\":[{\"id\":\"B1\","
                + "\"title\":\"Nachwuchs\",\"text\":\"Zu wenig Auszubildende\"}]}";
    }

    private String adoptedPlanningDocument(String from) {
        var adopted = office.post("/api/planning-documents", planningDocument(from));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        return adopted.header("Location");
    }

    /** The first day of the next past half-year no target agreement of the funding region covers yet. */
    private java.time.LocalDate nextTargetPeriod() {
        var half = targetHalfYears.decrementAndGet();
        return java.time.LocalDate.of(half / 2, half % 2 == 0 ? 1 : 7, 1);
    }

    /** A target agreement of the funding region for the half-year from {@code start}, so that none overlaps another. */
    private String targetAgreement(java.time.LocalDate start) {
        return ("{\"regionKey\":\"%s\",\"from\":\"%s\",\"to\":\"%s\",\"parties\":[\"Regio-Netzwerkstelle\","
                + "\"Kreis %s\"],\"targets\":[{\"indicator\":\"PARTICIPANTS\",\"value\":100}]}")
                .formatted(fundingRegion, start, start.plusMonths(6).minusDays(1), fundingRegion);
    }

    /** A fresh target agreement of the funding region, signed by {@code signers} on its first days. */
    private String targetAgreementSignedBy(List<String> signers) {
        var start = nextTargetPeriod();
        var created = office.post("/api/target-agreements", targetAgreement(start));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var agreement = created.header("Location");
        targetStartOf.put(agreement, start);
        for (int i = 0; i < signers.size(); i++) {
            var signed = office.post(agreement + "/signatures", signature(agreement, signers.get(i), i));
            assertThat(signed.status()).as(signed.body()).isEqualTo(204);
        }
        return agreement;
    }

    private String signature(String agreement, String party, int day) {
        return "{\"party\":\"" + party + "\",\"signedOn\":\"" + targetStartOf.get(agreement).plusDays(day + 1)
                + "\"}";
    }

    private String amendment(String agreement) {
        return "{\"targets\":[{\"indicator\":\"PARTICIPANTS\",\"value\":80}],\"reason\":\"Anpassung\","
                + "\"proposedOn\":\"" + targetStartOf.get(agreement).plusDays(1) + "\"}";
    }

    /** An open call of the funding region, its deadline far ahead. */
    /**
     * A call of the funding region the state decides, closed (its deadline passed before it was recorded) with one
     * proposal recorded as submitted in time, read back once its proposal is readable.
     */
    private String stateDecidedCall() {
        var opened = office.post("/api/calls", """
                {"regionKey":"%s","programmeId":"%s","fundingArea":"A","title":"Aufruf","budgetEuro":1000,
                 "openedOn":"2025-01-02","deadline":"2025-06-01T10:00:00Z",
                 "procedure":"REGIONAL_ADVICE_STATE_DECISION"}""".formatted(fundingRegion, funding.programme()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var call = opened.header("Location");
        var proposal = office.post(call + "/proposals", """
                {"sponsor":"Bildungswerk Salzland","title":"Vorschlag","summary":"Kurz","requestedEuro":500,
                 "durationMonths":12,"submittedAt":"2025-03-03T10:00:00Z"}""");
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
        awaitReadable(proposal.header("Location"));
        return call;
    }

    /**
     * A call of the funding region opened and closed in 2025 with {@code proposals} proposals submitted in time,
     * recorded now; answers its path, then its proposals' ids, once the read model shows it closed.
     */
    private List<String> pastCall(int proposals) {
        var call = created(office.post("/api/calls", """
                {"regionKey":"%s","programmeId":"%s","fundingArea":"A","title":"Aufruf","budgetEuro":10000000,
                 "openedOn":"2025-01-02","deadline":"2025-06-01T10:00:00Z","criteria":[]}"""
                .formatted(fundingRegion, funding.programme())));
        var answer = new ArrayList<>(List.of(call));
        for (int i = 0; i < proposals; i++) {
            answer.add(created(office.post(call + "/proposals", """
                    {"sponsor":"Bildungswerk Salzland","title":"Vorschlag","summary":"Kurz","requestedEuro":10000,
                     "durationMonths":36,"submittedAt":"2025-03-03T10:00:00Z"}""")).replaceAll(".*/", ""));
        }
        funding.awaitClosed(call);
        return answer;
    }

    /** {@code count} projects of the funding region, launched by one selection its working group decided. */
    private List<String> projectsOfAPastCall(int count) {
        var call = pastCall(count);
        var selected = new java.util.StringJoiner(",");
        call.subList(1, call.size()).forEach(proposal -> selected.add("{\"proposalId\":\"" + proposal
                + "\",\"amountEuro\":10000}"));
        var resolution = fundingGroup.resolveAboutCall(office, Funding.idOf(call.get(0)));
        var selection = office.post(call.get(0) + "/selection", "{\"resolutionId\":\"" + resolution
                + "\",\"selected\":[" + selected + "],\"notSelected\":[]}");
        assertThat(selection.status()).as(selection.body()).isEqualTo(200);
        var launched = new ArrayList<String>();
        selection.json().get("projects").forEach(project -> launched.add(project.get("href").asString()));
        launched.forEach(this::awaitReadable);
        return launched;
    }

    private String openCall() {
        return funding.call(fundingRegion, java.time.Instant.parse("2099-01-01T12:00:00Z"));
    }

    /** Three members with a vote (category OTHER) since 1 July 2022, under rules in force from that day. */
    private void constituted() {
        if (!voters.isEmpty()) {
            return;
        }
        var wg = "/api/working-groups/" + workingGroup;
        for (int i = 0; i < 3; i++) {
            var admitted = office.post(wg + "/members", "{\"organisation\":\"Stimmberechtigt " + i
                    + "\",\"category\":\"OTHER\",\"admittedOn\":\"2022-07-01\"}");
            voters.add(admitted.json().get("id").asString());
        }
        assertThat(office.put(wg + "/rules", rules("2022-07-01")).status()).isEqualTo(204);
    }

    private static String rules(String validFrom) {
        return "{\"validFrom\":\"" + validFrom + "\",\"quorum\":\"MORE_THAN_HALF_OF_VOTING_MEMBERS\","
                + "\"majority\":\"SIMPLE\",\"votingCategories\":[\"OTHER\"]}";
    }

    private String meeting() {
        constituted();
        return "{\"date\":\"2022-09-14\",\"agendaItem\":\"TOP 1\",\"motion\":\"Beschluss\",\"present\":[\""
                + String.join("\",\"", voters) + "\"],\"votes\":{\"" + voters.get(0) + "\":\"YES\",\""
                + voters.get(1) + "\":\"YES\"}}";
    }

    /** A resolution the network office recorded, adopted. */
    private String adoptedResolution() {
        var recorded = office.post("/api/working-groups/" + workingGroup + "/resolutions", meeting());
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("id").asString();
    }

    private String circulation() {
        return "{\"motion\":\"Umlauf\",\"deadline\":\"" + NetworkTime.today(Clock.systemUTC()).plusDays(14) + "\"}";
    }

    /** The number of a written procedure the network office just opened. */
    private String openCirculation() {
        constituted();
        var opened = office.post("/api/working-groups/" + workingGroup + "/circulations", circulation());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("number").asString();
    }

    private void awaitReadable(String path) {
        await().atMost(Duration.ofSeconds(10)).until(() -> office.get(path).status() == 200);
    }

    private ApiClient.Response signIn(Caller caller) {
        var anonymous = new ApiClient(port);
        if (caller.user == null) {
            return anonymous.raw("POST", "/api/auth/token", null, new byte[0]);
        }
        var basic = Base64.getEncoder().encodeToString((caller.user + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return anonymous.raw("POST", "/api/auth/token", null, new byte[0], "Authorization", "Basic " + basic);
    }

    private static String region(String key) {
        return "{\"key\":\"" + key + "\",\"name\":\"Region " + key + "\",\"kind\":\"DISTRICT\"}";
    }

    private static final String STATE_WIDE = "\"scope\":\"STATE\",\"parties\":[{\"party\":\"Jobcenter "
            + "Salzlandkreis\"},{\"party\":\"Agentur für Arbeit Bernburg\"}]";
    private static final String REGIONAL = "\"scope\":\"REGIONAL\",\"regionKey\":\"15089\",\"parties\":[{\"party\":"
            + "\"Jobcenter Salzlandkreis\",\"regionKey\":\"15089\"},{\"party\":\"Agentur für Arbeit Bernburg\"}]";
    private static final String COOPERATION_BODY = """
            {"regionKey":"15089","kind":"ARBEITSMARKTBUERO","name":"Arbeitsmarktbüro Salzland",
             "site":"Bernburg, Markt 1","foundedOn":"2022-01-01",
             "partners":[{"organisation":"Jobcenter Salzlandkreis","role":"Jobcenter"},
                         {"organisation":"Agentur für Arbeit Bernburg","role":"Agentur für Arbeit"}]}""";
    private static final String SIGNATURE = """
            {"party":"Jobcenter Salzlandkreis","signedOn":"2021-12-09","signatory":"Geschäftsführung"}""";
    private static final String AMENDMENT = """
            {"documentSha256":"%s","summary":"Übergang Schule-Beruf","proposedOn":"2023-02-01"}"""
            .formatted("b".repeat(64));

    private static String draft(String scopeAndParties) {
        return "{\"title\":\"Kooperation Übergang Schule-Beruf\"," + scopeAndParties + ",\"documentSha256\":\""
                + "a".repeat(64) + "\",\"validFrom\":\"2022-01-01\"}";
    }

    /** An agreement both its parties have signed, drafted by the network office; answers its path. */
    private String agreementInForce(String scopeAndParties) {
        var agreement = created(office.post("/api/agreements", draft(scopeAndParties)));
        assertThat(office.post(agreement + "/signatures", SIGNATURE).status()).isEqualTo(204);
        assertThat(office.post(agreement + "/signatures", """
                {"party":"Agentur für Arbeit Bernburg","signedOn":"2021-12-10","signatory":"Geschäftsführung"}""")
                .status()).isEqualTo(204);
        return agreement;
    }

    /** An agreement in force with amendment 2 awaiting consent. */
    private String amendedAgreement() {
        var agreement = agreementInForce(REGIONAL);
        assertThat(office.post(agreement + "/amendments", AMENDMENT).status()).isEqualTo(201);
        return agreement;
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.header("Location");
    }

    /** Reads what a command just changed, once the read model has it (a refusal is answered at once). */
    private static ApiClient.Response awaitRead(ApiClient client, String path) {
        var response = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            response[0] = client.get(path);
            return response[0].status() != 404;
        });
        return response[0];
    }

    private String member() {
        return "{\"organisation\":\"Organisation " + organisations.incrementAndGet() + "\",\"category\":\"OTHER\"}";
    }

    private long storedEvents() {
        try (var stream = events.readEvents(null, false)) {
            return stream.count();
        }
    }
    // --- Authorisation first: a role that may never send an endpoint's commands is refused whatever the body ---

    private static final Set<Role> OFFICE_ONLY = EnumSet.of(Role.NETWORK_OFFICE);
    /** Installation-wide operations on read models (ADR 0023). */
    private static final Set<Role> OFFICE_AND_OPERATOR = EnumSet.of(Role.NETWORK_OFFICE, Role.OPERATOR);
    private static final Set<Role> OFFICE_AND_COORDINATION = EnumSet.of(Role.NETWORK_OFFICE,
            Role.REGIONAL_COORDINATOR);
    private static final Set<Role> OFFICE_COORDINATION_AND_SPONSORS = EnumSet.of(Role.NETWORK_OFFICE,
            Role.REGIONAL_COORDINATOR, Role.PROJECT_SPONSOR);

    /** Every endpoint that sends commands, and every role that may ever send one of them (in some region). */
    private static final Map<String, Set<Role>> SENDERS = new java.util.LinkedHashMap<>();

    static {
        SENDERS.put("POST /api/regions", OFFICE_ONLY);
        SENDERS.put("POST /api/working-groups", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/working-groups/{id}/members", OFFICE_AND_COORDINATION);
        SENDERS.put("DELETE /api/working-groups/{id}/members/{memberId}", OFFICE_AND_COORDINATION);
        SENDERS.put("PUT /api/working-groups/{id}/coordination", OFFICE_AND_COORDINATION);
        SENDERS.put("PUT /api/working-groups/{id}/rules", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/working-groups/{id}/resolutions", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/working-groups/{id}/resolutions/preview", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/working-groups/{id}/circulations", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/working-groups/{id}/circulations/{number}/votes", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/working-groups/{id}/circulations/{number}/recusals", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/working-groups/{id}/priorities", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/cooperation-bodies", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/cooperation-bodies/{id}/partners", OFFICE_AND_COORDINATION);
        SENDERS.put("DELETE /api/cooperation-bodies/{id}/partners/{partnerId}", OFFICE_AND_COORDINATION);
        SENDERS.put("PUT /api/cooperation-bodies/{id}/site", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/cooperation-bodies/{id}/dissolution", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/agreements", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/agreements/{id}/signatures", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/agreements/{id}/accessions", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/agreements/{id}/withdrawals", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/agreements/{id}/amendments", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/agreements/{id}/amendments/{amendment}/consents", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/agreements/{id}/termination", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/news", OFFICE_ONLY);
        SENDERS.put("PUT /api/news/{id}", OFFICE_ONLY);
        SENDERS.put("POST /api/news/{id}/publication", OFFICE_ONLY);
        SENDERS.put("DELETE /api/news/{id}", OFFICE_ONLY);
        SENDERS.put("POST /api/network-events", OFFICE_ONLY);
        SENDERS.put("POST /api/network-events/{id}/publication", OFFICE_ONLY);
        SENDERS.put("PUT /api/network-events/{id}/schedule", OFFICE_ONLY);
        SENDERS.put("POST /api/network-events/{id}/cancellation", OFFICE_ONLY);
        SENDERS.put("POST /api/network-events/{id}/registrations", REGISTRANTS);
        SENDERS.put("DELETE /api/network-events/{id}/registrations/{registrationId}", REGISTRANTS);
        SENDERS.put("POST /api/programmes", OFFICE_ONLY);
        SENDERS.put("POST /api/programmes/{id}/amendments", OFFICE_ONLY);
        SENDERS.put("POST /api/calls", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/calls/{id}/proposals", OFFICE_COORDINATION_AND_SPONSORS);
        SENDERS.put("POST /api/calls/{id}/selection", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/calls/{id}/advice", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/calls/{id}/funding-decisions", EnumSet.of(Role.GRANTING_AUTHORITY));
        SENDERS.put("POST /api/projects", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/projects/{id}/results", OFFICE_COORDINATION_AND_SPONSORS);
        SENDERS.put("POST /api/projects/{id}/completion", OFFICE_COORDINATION_AND_SPONSORS);
        SENDERS.put("POST /api/target-agreements", OFFICE_ONLY);
        SENDERS.put("POST /api/target-agreements/{id}/signatures", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/target-agreements/{id}/amendments", OFFICE_ONLY);
        SENDERS.put("POST /api/target-agreements/{id}/amendments/{amendment}/signatures", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/target-agreements/{id}/reviews", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/admin/projections/{name}/replay", OFFICE_AND_OPERATOR);
        SENDERS.put("POST /api/admin/projections/{name}/dead-letters/retry", OFFICE_AND_OPERATOR);
        SENDERS.put("POST /api/admin/imports", OFFICE_ONLY);
        SENDERS.put("POST /api/personal-data/erasures", OFFICE_ONLY);
        SENDERS.put("POST /api/contact-persons", OFFICE_AND_COORDINATION);
        SENDERS.put("PUT /api/contact-persons/{id}", OFFICE_AND_COORDINATION);
        SENDERS.put("DELETE /api/contact-persons/{id}", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/contact-persons/{id}/consent", OFFICE_AND_COORDINATION);
        SENDERS.put("DELETE /api/contact-persons/{id}/consent", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/planning-documents", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/planning-documents/{id}/revisions", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/planning-documents/{id}/supersession", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/planning-documents/{id}/needs/{needId}/links", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/projects/{id}/results/{resultId}/sharing", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/practices", OFFICE_AND_COORDINATION);
        SENDERS.put("PUT /api/practices/{id}", OFFICE_AND_COORDINATION);
        SENDERS.put("POST /api/practices/{id}/withdrawal", OFFICE_AND_COORDINATION);
    }

    /**
     * The console's forms that send commands (ADR 0019), declared like the API's and held to the same senders; a
     * session, not a bearer token, opens them, so their refusals are checked by the console's page tests rather than
     * by the token callers below.
     */
    private static final Map<String, Set<Role>> PAGE_SENDERS = new java.util.LinkedHashMap<>();
    /** Endpoints whose command anyone may send, signed in or not: it carries its own proof (a link's token). */
    private static final List<String> ANYONE_SENDS = List.of("POST /veranstaltungen/{id}/abmeldung/{token}",
            "DELETE /api/network-events/{id}/registrations/{registrationId}?token");

    static {
        PAGE_SENDERS.put("POST /console/lesemodelle/{name}/neuaufbau", OFFICE_AND_OPERATOR);
        PAGE_SENDERS.put("POST /console/importe", OFFICE_ONLY);
        PAGE_SENDERS.put("POST /veranstaltungen/{id}/anmeldung", REGISTRANTS);
        for (var desk : List.of("/console/nachrichten", "/console/veranstaltungen")) {
            for (var form : List.of("/neu", "/{id}/veroeffentlichung")) {
                PAGE_SENDERS.put("POST " + desk + form, OFFICE_ONLY);
            }
        }
        for (var form : List.of("/vorschau", "/{id}", "/{id}/planung", "/{id}/zurueckziehen")) {
            PAGE_SENDERS.put("POST /console/nachrichten" + form, OFFICE_ONLY);
        }
        for (var form : List.of("/{id}/termin", "/{id}/absage")) {
            PAGE_SENDERS.put("POST /console/veranstaltungen" + form, OFFICE_ONLY);
        }
        PAGE_SENDERS.put("POST /console/aufrufe/{id}/antrag", OFFICE_COORDINATION_AND_SPONSORS);
        PAGE_SENDERS.put("POST /console/projekte/{id}/ergebnisse", OFFICE_COORDINATION_AND_SPONSORS);
        PAGE_SENDERS.put("POST /console/projekte/{id}/ergebnisse/{resultId}/teilen", OFFICE_AND_COORDINATION);
        PAGE_SENDERS.put("POST /console/austausch/praxis", OFFICE_AND_COORDINATION);
        PAGE_SENDERS.put("POST /console/regionen/{key}/aufrufe", OFFICE_AND_COORDINATION);
        PAGE_SENDERS.put("POST /console/regionen/{key}/aufrufe/{id}/auswahl", OFFICE_AND_COORDINATION);
        PAGE_SENDERS.put("POST /console/regionen/{key}/mitglieder", OFFICE_AND_COORDINATION);
        PAGE_SENDERS.put("POST /console/regionen/{key}/austritte", OFFICE_AND_COORDINATION);
        PAGE_SENDERS.put("POST /console/regionen/{key}/sitzungen", OFFICE_AND_COORDINATION);
        PAGE_SENDERS.put("POST /console/regionen/{key}/sitzungen/vorschau", OFFICE_AND_COORDINATION);
        PAGE_SENDERS.put("POST /console/regionen/{key}/umlaufverfahren", OFFICE_AND_COORDINATION);
        PAGE_SENDERS.put("POST /console/regionen/{key}/umlaufverfahren/{number}/stimmen", OFFICE_AND_COORDINATION);
        PAGE_SENDERS.put("POST /console/datenschutz/auskunft", OFFICE_ONLY);
        PAGE_SENDERS.put("POST /console/datenschutz/loeschung", OFFICE_ONLY);
        PAGE_SENDERS.put("POST /console/regionen/{key}/schwerpunkte", OFFICE_AND_COORDINATION);
        // contact persons: the office's own page sends what a coordinator may send too; the aggregate then refuses
        // a coordinator the network office's contacts, and the page itself is the office's only
        for (var form : List.of("", "/{id}", "/{id}/einwilligung", "/{id}/widerruf", "/{id}/entfernen")) {
            PAGE_SENDERS.put("POST /console/regionen/{key}/kontakte" + form, OFFICE_AND_COORDINATION);
            PAGE_SENDERS.put("POST /console/kontakte" + form, OFFICE_AND_COORDINATION);
        }
        // decision procedures (issue 22): the region's advice, and the granting authority's funding decision
        PAGE_SENDERS.put("POST /console/regionen/{key}/aufrufe/{id}/votum", OFFICE_AND_COORDINATION);
        PAGE_SENDERS.put("POST /console/bewilligung/{id}", EnumSet.of(Role.GRANTING_AUTHORITY));
    }

    /** Bodies no endpoint accepts: an empty object, malformed JSON, and no JSON at all. */
    private static final List<String> INVALID_BODIES = List.of("{}", "{\"title\":", "nonsense");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void the_senders_table_names_every_endpoint_that_sends_commands_as_it_declares_them() {
        var declared = new java.util.TreeMap<String, Set<Role>>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            var sends = handler.getMethodAnnotation(Sends.class);
            if (sends == null) {
                return;
            }
            var roles = EnumSet.noneOf(Role.class);
            for (var command : sends.value()) {
                roles.addAll(List.of(command.getAnnotation(SentBy.class).value()));
            }
            var params = mapping.getParamsCondition().getExpressions().stream().map(Object::toString).sorted()
                    .collect(java.util.stream.Collectors.joining("&"));
            for (var method : mapping.getMethodsCondition().getMethods()) {
                mapping.getPatternValues().forEach(path -> declared.put(method + " " + path
                        + (params.isEmpty() ? "" : "?" + params), roles));
            }
        });
        var expected = new java.util.TreeMap<>(SENDERS);
        expected.putAll(PAGE_SENDERS);
        ANYONE_SENDS.forEach(endpoint -> expected.put(endpoint, EnumSet.noneOf(Role.class)));
        assertThat(declared).isEqualTo(expected);
    }

    static Stream<Arguments> everyCommandEndpointAndCallerThatMayNeverSendIt() {
        return SENDERS.entrySet().stream().flatMap(row -> Stream.of(Caller.values())
                .filter(caller -> caller.role == null || !row.getValue().contains(caller.role))
                .flatMap(caller -> INVALID_BODIES.stream().map(body -> Arguments.of(row.getKey(), caller, body))));
    }

    @ParameterizedTest(name = "{0} as {1} with {2}")
    @MethodSource("everyCommandEndpointAndCallerThatMayNeverSendIt")
    void a_caller_whose_role_may_never_send_the_command_is_refused_before_its_body_is_judged(String endpoint,
                                                                                         Caller caller,
                                                                                         String body) {
        long before = storedEvents();

        var response = sendInvalid(endpoint, caller, body);

        int expected = caller == Caller.ANONYMOUS ? 401 : 403;
        assertThat(response.status()).as(endpoint + " as " + caller + ": " + response.body()).isEqualTo(expected);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString())
                .isEqualTo(expected == 401 ? "/problems/unauthenticated" : "/problems/forbidden");
        assertThat(response.body()).as("nothing about the body is judged").doesNotContain("\"errors\"");
        assertThat(storedEvents()).as("a refusal stores nothing").isEqualTo(before);
    }

    static Stream<Arguments> everyCommandEndpointAndCallerThatMaySendIt() {
        return SENDERS.entrySet().stream().flatMap(row -> Stream.of(Caller.values())
                .filter(caller -> caller.role != null && row.getValue().contains(caller.role))
                .map(caller -> Arguments.of(row.getKey(), caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyCommandEndpointAndCallerThatMaySendIt")
    void a_caller_whose_role_may_send_the_command_has_its_invalid_body_judged(String endpoint, Caller caller) {
        var response = sendInvalid(endpoint, caller, "{\"title\":");

        assertThat(response.status()).as(endpoint + " as " + caller + ": " + response.body())
                .isBetween(400, 499).isNotIn(401, 403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    /** The endpoint with every path variable "1" (no such resource) and {@code body} as JSON. */
    private ApiClient.Response sendInvalid(String endpoint, Caller caller, String body) {
        var method = endpoint.substring(0, endpoint.indexOf(' '));
        var path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
        return clients.get(caller).raw(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }
}
