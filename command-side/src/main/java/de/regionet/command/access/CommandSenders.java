package de.regionet.command.access;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.access.SentBy;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Enforces each command type's {@link SentBy} declaration on the command bus, before any handler runs: the
 * principal in the command's metadata must hold one of the declared roles, unless the type declares that anyone may
 * send it ({@link SentBy#anyone()}: it carries its own proof). A command type that declares no
 * senders, or a command without a principal, is refused. Region scope is the aggregates' part
 * ({@link RegionScope}).
 */
public final class CommandSenders implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        check(unitOfWork.getMessage());
        return chain.proceed();
    }

    static void check(CommandMessage<?> command) {
        var type = command.getPayloadType();
        var sentBy = type.getAnnotation(SentBy.class);
        if (sentBy == null) {
            throw Rejection.forbidden(type.getSimpleName() + " declares no senders, so nobody may send it");
        }
        if (sentBy.anyone()) {
            return;
        }
        var actor = Actor.fromMetaData(command.getMetaData()).orElseThrow(() ->
                Rejection.forbidden(type.getSimpleName() + " must be sent by a signed-in user"));
        if (!actor.hasAny(sentBy.value())) {
            throw Rejection.forbidden(type.getSimpleName() + " may be sent by " + names(sentBy.value())
                    + " only; " + actor.subject() + " has " + (actor.roles().isEmpty() ? "no role"
                    : names(actor.roles().toArray(Role[]::new))))
                    .saying("senders", type.getSimpleName(), names(sentBy.value()), actor.subject(),
                            actor.roles().isEmpty() ? "no role" : names(actor.roles().toArray(Role[]::new)));
        }
    }

    private static String names(Role[] roles) {
        return Arrays.stream(roles).map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
