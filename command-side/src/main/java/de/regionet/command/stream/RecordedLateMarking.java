package de.regionet.command.stream;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link RecordedLate} on the event store exactly once, so every stored event passes it. */
@Configuration(proxyBeanMethods = false)
class RecordedLateMarking {

    @Bean
    InitializingBean lateFactsAreMarked(EventStore events) {
        return () -> events.registerDispatchInterceptor(new RecordedLate());
    }
}
