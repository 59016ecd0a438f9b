package de.regionet.infra.operations;

import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a management port of its own ({@code management.server.port}), the actuator answers there, without a
 * token, for a Prometheus inside the cluster; the application's port no longer serves it at all.
 */
// Not @RegioNetTest: it needs a management port of its own.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=managementport",
                "management.server.port=0"})
class ManagementPortTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void on_a_management_port_of_its_own_the_scrape_needs_no_token_and_the_applications_port_has_none() {
        var management = new ApiClient(managementPort);

        var scrape = management.get("/actuator/prometheus");

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("regionet_eventstore_head");
        assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(management.get("/api/regions").status()).as("only the actuator there").isEqualTo(404);
        var application = new ApiClient(port);
        assertThat(application.as(TestUsers.OPERATOR).get("/actuator/prometheus").status()).isEqualTo(404);
    }
}
