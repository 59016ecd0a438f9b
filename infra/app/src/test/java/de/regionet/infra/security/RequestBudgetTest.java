package de.regionet.infra.security;

import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request budget of the whole API, switched on here with small budgets (it is on by default, with generous
 * ones): a signed-in principal over its budget, and a client address over its budget, are answered 429 with
 * {@code Retry-After}, while other principals and other addresses are served. An address's budget is spent before
 * its token is looked at, so a flood of invalid tokens is throttled too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=requestbudget",
                "regionet.security.rate-limit.enabled=true",
                "regionet.security.rate-limit.principal.per-second=1", "regionet.security.rate-limit.principal.burst=5",
                "regionet.security.rate-limit.address.per-second=1", "regionet.security.rate-limit.address.burst=30"})
class RequestBudgetTest {

    @LocalServerPort
    int port;

    @Test
    void a_principal_over_its_budget_is_answered_429_and_another_principal_is_served() {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        var statuses = new ArrayList<Integer>();
        ApiClient.Response refused = null;
        for (int i = 0; i < 12 && refused == null; i++) {
            var response = office.get("/api/news");
            statuses.add(response.status());
            refused = response.status() == 429 ? response : null;
        }

        assertThat(statuses.subList(0, 5)).as("the burst is served").containsOnly(200);
        assertThat(refused).as("then the budget is spent: " + statuses).isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/too-many-requests");
        assertThat(refused.json().get("detail").asString()).contains(TestUsers.OFFICE);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(new ApiClient(port).as(TestUsers.AUDITOR).get("/api/news").status()).isEqualTo(200);
    }

    @Test
    void an_address_over_its_budget_is_answered_429_even_with_an_invalid_token_and_another_address_is_served() {
        var statuses = IntStream.range(0, 40).mapToObj(i -> RawHttp.send("127.0.0.3", port, request()))
                .map(RawHttp.Answer::status).toList();

        assertThat(statuses.subList(0, 30)).as("the burst is answered (the token is refused)").containsOnly(401);
        assertThat(statuses).contains(429);
        assertThat(RawHttp.send("127.0.0.4", port, request()).status()).as("another address").isEqualTo(401);
    }

    private String request() {
        return "GET /api/news HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nAuthorization: Bearer a.b.c\r\nConnection: close\r\n\r\n";
    }
}
