package de.regionet.kernel.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which roles may send a command. Checked on the command bus before any handler runs, whatever the
 * transport; a command type without this declaration is refused (deny by default). Region scope is checked
 * separately, where the command's region is known: in the aggregate.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SentBy {

    Role[] value();

    /**
     * Also sent without signing in, by anyone: for a command that carries its own proof, which its handler checks
     * (a registration's cancellation link carries a secret token). Use sparingly: the bus checks no role for it.
     */
    boolean anyone() default false;
}
