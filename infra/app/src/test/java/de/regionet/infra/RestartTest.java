package de.regionet.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data in a file: a restart finds events, read models and tracking tokens intact,
 * and the key that signs access tokens, so a token issued before the restart is still good.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void the_token_signing_key_is_kept_in_the_data_directory_for_its_owner_only() throws Exception {
        try (var app = RunningApplication.start(dataDir)) {
            var key = dataDir.resolve("regionet-jwt-key.json");
            assertThat(key).exists();
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
    }

    @Test
    void a_restart_on_the_same_data_directory_keeps_data_and_projections_without_reapplying_events() {
        String groupId;
        String tokenBeforeRestart;
        double effectsBeforeRestart;
        try (var app = RunningApplication.start(dataDir)) {
            var api = app.api();
            tokenBeforeRestart = new ApiClient(app.port()).token(TestUsers.OFFICE);
            assertThat(api.post("/api/regions", """
                    {"key":"15001","name":"Dessau-Roßlau","kind":"INDEPENDENT_CITY"}""").status()).isEqualTo(201);
            groupId = api.post("/api/working-groups", """
                    {"regionKey":"15001","name":"RAK Dessau-Roßlau",
                     "establishedOn":"2021-01-01"}""").json().get("id").asString();
            assertThat(api.post("/api/working-groups/" + groupId + "/members", """
                    {"organisation":"Stadt Dessau-Roßlau","category":"MUNICIPALITY"}""").status()).isEqualTo(201);
            app.awaitProcessorsCaughtUp();
            effectsBeforeRestart = app.projectionEffects();
            assertThat(api.get("/api/working-groups/" + groupId).json().get("members")).hasSize(1);
        }
        assertThat(effectsBeforeRestart).as("region (2), working group (2), decision log (2) and priorities (1) "
                + "documents written").isEqualTo(7);

        try (var app = RunningApplication.start(dataDir)) {
            app.awaitProcessorsCaughtUp();
            var api = new ApiClient(app.port()).withToken(tokenBeforeRestart);
            assertThat(api.get("/api/working-groups").status()).as("the signing key survives in the data directory")
                    .isEqualTo(200);
            assertThat(app.projectionEffects()).as("no event applied again after the restart").isZero();
            assertThat(api.get("/api/regions/15001").json().get("name").asString()).isEqualTo("Dessau-Roßlau");
            var group = api.get("/api/working-groups/" + groupId);
            assertThat(group.header("ETag")).isEqualTo("\"1\"");
            assertThat(group.json().get("members").get(0).get("organisation").asString())
                    .isEqualTo("Stadt Dessau-Roßlau");

            assertThat(api.post("/api/working-groups/" + groupId + "/members", """
                    {"organisation":"Jobcenter Dessau-Roßlau","category":"JOB_CENTRE"}""", "If-Match", "\"1\"")
                    .status()).as("the aggregate continues from its stored version").isEqualTo(201);
            app.awaitProcessorsCaughtUp();
            assertThat(app.projectionEffects()).as("the working group and its decision log").isEqualTo(2);
        }
    }
}
