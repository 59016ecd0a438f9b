package de.regionet.infra.history;

import de.regionet.kernel.access.Principals;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The demo profile's living networks: once the application is ready, and only when the event store is still
 * empty, it imports the histories shipped with the application ({@link #FILES}): Saxony-Anhalt's first
 * ({@value #FILE}), then North Rhine-Westphalia's and Hesse's, each as an import run of its own, queued at once so
 * that every run is listed (running) from the start. A store that holds anything at all is left as it is, so
 * restarting the demo never imports twice. The README's walk-throughs start from an empty network:
 * {@code --regionet.demo.history=false} leaves the store empty.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "regionet.demo.history", havingValue = "true", matchIfMissing = true)
class DemoImport {

    /** Saxony-Anhalt's history, the default network's: the first to be imported. */
    static final String FILE = "demo/regio-aktiv-sachsen-anhalt.ndjson";
    static final String NORTH_RHINE_WESTPHALIA = "demo/nrw-westfaelisches-ruhrgebiet.ndjson";
    static final String HESSE = "demo/hessen-kooperation.ndjson";
    /** Every shipped history, in the order they are imported. */
    static final List<String> FILES = List.of(FILE, NORTH_RHINE_WESTPHALIA, HESSE);
    static final String PRINCIPAL = Principals.DEMO;
    private static final Logger log = LoggerFactory.getLogger(DemoImport.class);

    private final EventStore store;
    private final Imports imports;

    DemoImport(EventStore store, Imports imports) {
        this.store = store;
        this.imports = imports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importOnEmptyStore() {
        if (store.createHeadToken() != null) {
            log.info("Demo data not imported: the event store is not empty");
            return;
        }
        FILES.forEach(this::queue);
    }

    private void queue(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            var file = Files.createTempFile("regionet-demo-", ".ndjson");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            var run = imports.startAndDelete(file, false, PRINCIPAL);
            log.info("Importing the demo data ({}) as import {}: GET /api/admin/imports/{}", resource, run.id(),
                    run.id());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo data " + resource, e);
        }
    }
}
