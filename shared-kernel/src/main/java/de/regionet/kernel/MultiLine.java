package de.regionet.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks free text that may span lines: tab, line feed and carriage return are allowed in it. All other text a
 * request carries is a single line; no text may hold other control characters, NUL or unpaired surrogates. The
 * web edge enforces this once for every request body; {@code docs/problems.md} lists the fields that carry it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface MultiLine {
}
