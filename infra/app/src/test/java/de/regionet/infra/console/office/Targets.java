package de.regionet.infra.console.office;

import de.regionet.infra.ApiClient;
import de.regionet.infra.TestUsers;
import de.regionet.kernel.NetworkTime;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Test data for the controlling pages: regions with a target agreement for this year, signed by every party today. */
final class Targets {

    private Targets() {
    }

    /** Registers two regions, each with a PARTICIPANTS target for this year, in force from today. */
    static void inForce(int port, String firstKey, String firstName, int firstTarget, String secondKey,
                        String secondName, int secondTarget) {
        var office = new ApiClient(port).as(TestUsers.OFFICE);
        agreement(office, firstKey, firstName, firstTarget);
        agreement(office, secondKey, secondName, secondTarget);
    }

    private static void agreement(ApiClient office, String key, String name, int target) {
        office.post("/api/regions", "{\"key\":\"%s\",\"name\":\"%s\",\"kind\":\"DISTRICT\"}".formatted(key, name));
        var today = NetworkTime.today(Clock.systemUTC());
        var created = office.post("/api/target-agreements", """
                {"regionKey":"%s","from":"%d-01-01","to":"%d-12-31","parties":["Regio-Netzwerkstelle","%s"],
                 "targets":[{"indicator":"PARTICIPANTS","value":%d}]}""".formatted(key, today.getYear(),
                today.getYear(), name, target));
        if (created.status() == 409) {
            return; // created by an earlier test class in the shared context
        }
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var agreement = created.header("Location");
        for (var party : new String[]{"Regio-Netzwerkstelle", name}) {
            var signed = office.post(agreement + "/signatures", """
                    {"party":"%s","signedOn":"%s"}""".formatted(party, today));
            assertThat(signed.status()).as(signed.body()).isEqualTo(204);
        }
    }
}
