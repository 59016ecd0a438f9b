package de.regionet.kernel.personal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request field meant for personal data (a contact person's or a participant's name, function, telephone or
 * e-mail): its handler seals it (ADR 0022), so the web edge does not warn about it as it warns about personal data
 * in free text ({@link LooksPersonal}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface PersonalField {
}
