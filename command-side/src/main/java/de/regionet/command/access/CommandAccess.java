package de.regionet.command.access;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side guards its own bus: every command is checked against its type's {@code @SentBy} before any
 * handler runs ({@link CommandSenders}). Who the sender is comes with the command's metadata, put there by whoever
 * dispatched it. Registered here rather than exposed as a bean, so it is registered exactly once.
 */
@Configuration(proxyBeanMethods = false)
class CommandAccess {

    @Bean
    InitializingBean commandSendersAreChecked(CommandBus bus) {
        return () -> bus.registerHandlerInterceptor(new CommandSenders());
    }
}
