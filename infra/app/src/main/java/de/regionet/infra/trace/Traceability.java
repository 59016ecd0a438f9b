package de.regionet.infra.trace;

import de.regionet.kernel.EventMetaData;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Who did what, in which request, because of which message: each command gets the request's id as correlation id;
 * Axon's correlation data providers then copy principal, roles and correlation id from the message being handled
 * to every message it causes, and record that message's id as causation id (plus the chain's first message as
 * trace id). Key names are in {@link EventMetaData}.
 */
@Configuration(proxyBeanMethods = false)
class Traceability {

    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        var registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    CorrelationDataProvider causation() {
        return new MessageOriginProvider(EventMetaData.CAUSATION_ID, EventMetaData.TRACE_ID);
    }

    @Bean
    CorrelationDataProvider principalAndRequest() {
        return new SimpleCorrelationDataProvider(EventMetaData.PRINCIPAL, EventMetaData.PRINCIPAL_ROLES,
                EventMetaData.CORRELATION_ID);
    }

    @Bean
    InitializingBean commandsCarryTheRequestId(CommandGateway gateway) {
        return () -> gateway.registerDispatchInterceptor(new RequestIdOnCommands());
    }

    /** A command keeps a correlation id it inherited; otherwise it gets the request's, or a new one. */
    static final class RequestIdOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, command) -> command.getMetaData().containsKey(EventMetaData.CORRELATION_ID) ? command
                    : command.andMetaData(java.util.Map.of(EventMetaData.CORRELATION_ID,
                    RequestIds.current().orElseGet(() -> UUID.randomUUID().toString())));
        }
    }
}
