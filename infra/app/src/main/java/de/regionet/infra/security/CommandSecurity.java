package de.regionet.infra.security;

import de.regionet.command.dispatch.CommandSenders;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Authorisation next to command dispatch: every command sent through the gateway carries its sender (the signed-in
 * principal of the request) in its metadata, and the command bus refuses it unless its type declares the sender's
 * role ({@link CommandSenders}). The aggregates then check the region scope. The interceptors are registered here
 * rather than exposed as beans, so each is registered exactly once.
 */
@Configuration(proxyBeanMethods = false)
class CommandSecurity {

    @Bean
    InitializingBean commandSendersAreChecked(CommandGateway gateway, CommandBus bus) {
        return () -> {
            gateway.registerDispatchInterceptor(new SenderOnCommands());
            bus.registerHandlerInterceptor(new CommandSenders());
        };
    }

    /** Puts the request's signed-in principal into the metadata of each command it sends. */
    static final class SenderOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                return DeclaredReadAccess.actorOf(authentication)
                        .<CommandMessage<?>>map(actor -> command.andMetaData(actor.toMetaData()))
                        .orElse(command);
            };
        }
    }
}
