package de.regionet.command.edge;

import de.regionet.kernel.access.SentBy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the command types an HTTP endpoint sends. A caller holding none of the roles those commands'
 * {@link SentBy} name is refused before the request body is read, bound or validated, so a role that may never
 * send a command learns nothing from how its body would have been judged. Every endpoint that changes something
 * declares this; one that does not is refused to everyone (deny by default). The command bus still checks every
 * command it receives ({@code CommandSenders}) and the aggregate the region scope: this is the early refusal, not
 * the only one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sends {

    /** The command types, each declaring its senders with {@link SentBy}. */
    Class<?>[] value();
}
