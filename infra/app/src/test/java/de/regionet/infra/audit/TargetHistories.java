package de.regionet.infra.audit;

import de.regionet.infra.ApiClient;
import de.regionet.infra.audit.StateAsOfPropertyTest.HistoryGenerator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static de.regionet.infra.audit.StateAsOfPropertyTest.any;
import static de.regionet.infra.audit.StateAsOfPropertyTest.nextRegionKey;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random histories of target agreements for {@link StateAsOfPropertyTest}: signatures by either side (some twice,
 * some by strangers), amendments proposed and signed, reviews before and after the agreement is in force.
 */
record TargetHistories(ApiClient office, Map<String, String> regions) implements HistoryGenerator {

    @Override
    public String begin(Random random) {
        var key = nextRegionKey();
        assertThat(office.post("/api/regions", "{\"key\":\"" + key + "\",\"name\":\"Kreis " + key
                + "\",\"kind\":\"DISTRICT\"}").status()).isEqualTo(201);
        var drafted = office.post("/api/target-agreements", "{\"regionKey\":\"" + key + "\",\"from\":\"2026-01-01\","
                + "\"to\":\"2026-12-31\",\"parties\":[\"Regio-Netzwerkstelle\",\"Kreis " + key + "\"],\"targets\":["
                + "{\"indicator\":\"PARTICIPANTS\",\"value\":" + (50 + random.nextInt(100)) + ",\"fundingArea\":\"A\","
                + "\"milestones\":[{\"date\":\"2026-06-30\",\"value\":20}]}]}");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        var id = drafted.json().get("id").asString();
        regions.put(id, key);
        return id;
    }

    @Override
    public void step(Random random, String id) {
        var path = "/api/target-agreements/" + id;
        var region = regions.get(id);
        var party = any(random, List.of("Regio-Netzwerkstelle", "Kreis " + region, "Fremde Stelle"));
        var day = LocalDate.of(2026, 1 + random.nextInt(11), 1 + random.nextInt(28));
        switch (random.nextInt(5)) {
            case 0, 1 -> office.post(path + "/signatures", "{\"party\":\"" + party + "\",\"signedOn\":\""
                    + LocalDate.of(2026, 1, 1 + random.nextInt(20)) + "\"}");
            case 2 -> office.post(path + "/amendments", "{\"targets\":[{\"indicator\":\"PARTICIPANTS\",\"value\":"
                    + random.nextInt(200) + ",\"fundingArea\":\"A\"}],\"reason\":\"Anpassung\",\"proposedOn\":\""
                    + day + "\"}");
            case 3 -> office.post(path + "/amendments/1/signatures", "{\"party\":\"" + party + "\",\"signedOn\":\""
                    + LocalDate.of(2026, 11, 1 + random.nextInt(28)) + "\"}");
            default -> office.post(path + "/reviews", "{\"date\":\"" + day + "\",\"assessment\":\""
                    + any(random, List.of("ON_TRACK", "AT_RISK", "OFF_TRACK")) + "\",\"measures\":\"Gespräch\"}");
        }
    }
}
