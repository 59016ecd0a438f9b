package de.regionet.infra.web;

import de.regionet.infra.ApiClient;
import de.regionet.infra.RegioNetTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@RegioNetTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void the_descriptions_answer_without_sign_in() throws Exception {
        var anonymous = new ApiClient(port);
        var document = anonymous.get("/v3/api-docs");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi-draft.json"), document.body());
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        assertThat(anonymous.get("/swagger-ui.html").status()).isIn(200, 302);
    }
}
