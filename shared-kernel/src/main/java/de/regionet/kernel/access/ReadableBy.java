package de.regionet.kernel.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may read what an HTTP read endpoint answers. A read endpoint without this declaration is refused
 * to everyone (deny by default).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadableBy {

    Audience value();

    /** With {@link Audience#ROLES}: the roles that may read. */
    Role[] roles() default {};

    enum Audience {
        /** Anyone, signed in or not: what the network publishes. */
        PUBLIC,
        /** Any signed-in principal, whatever its role: what the network shares internally. */
        NETWORK,
        /** Only principals holding one of {@link ReadableBy#roles()}. */
        ROLES
    }
}
