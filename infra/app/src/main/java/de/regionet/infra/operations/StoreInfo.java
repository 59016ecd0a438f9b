package de.regionet.infra.operations;

import de.regionet.infra.eventstore.MongoEventStore;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * {@code /actuator/info}'s {@code eventStore}: the head position, the highest global position handed out, next to
 * the version and commit Spring Boot reads from {@code build-info.properties} and {@code git.properties}.
 */
@Component
class StoreInfo implements InfoContributor {

    private final MongoEventStore store;

    StoreInfo(MongoEventStore store) {
        this.store = store;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("eventStore", Map.of("head", store.head()));
    }
}
