package de.regionet.infra.operations;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * Part of readiness: the database answers a {@code ping} within two seconds. Ours, because RegioNet reaches MongoDB
 * through the driver alone (Spring Data's indicator is not there). Nothing about the database is shown beyond the
 * status, and only to those who may see details.
 */
@Component("databaseHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final MongoDatabase database;

    DatabaseHealth(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Health health() {
        try {
            database.withTimeout(2, TimeUnit.SECONDS).runCommand(new Document("ping", 1));
            return Health.up().build();
        } catch (MongoException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
