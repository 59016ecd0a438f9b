package de.regionet.infra.security;

import de.regionet.kernel.access.Principals;
import de.regionet.kernel.personal.PersonalDataVault;
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
 * principal of the request) in its metadata; the command side's bus refuses it unless its type declares the
 * sender's role ({@code CommandSenders}), and the aggregates then check the region scope. The sender is named by
 * its pseudonym ({@link Principals#stored}, ADR 0022): the command and every event it causes carry no user name,
 * and whatever compares principals (who made a registration) compares pseudonyms. The interceptor is registered
 * here rather than exposed as a bean, so it is registered exactly once.
 */
@Configuration(proxyBeanMethods = false)
class CommandSecurity {

    @Bean
    InitializingBean sendersGoWithCommands(CommandGateway gateway, PersonalDataVault vault) {
        return () -> gateway.registerDispatchInterceptor(new SenderOnCommands(vault));
    }

    /** Puts the request's signed-in principal into the metadata of each command it sends. */
    static final class SenderOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

        private final PersonalDataVault vault;

        SenderOnCommands(PersonalDataVault vault) {
            this.vault = vault;
        }

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                return DeclaredReadAccess.actorOf(authentication)
                        .<CommandMessage<?>>map(actor ->
                                command.andMetaData(Principals.stored(actor, vault).toMetaData()))
                        .orElse(command);
            };
        }
    }
}
