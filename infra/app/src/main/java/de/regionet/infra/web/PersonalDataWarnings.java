package de.regionet.infra.web;

import de.regionet.kernel.personal.LooksPersonal;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.JsonParser;

/**
 * Free text is kept in plain form forever, so personal data does not belong in it (ADR 0022). Where a field of a
 * request body looks like it holds an e-mail address or a telephone number ({@link LooksPersonal}), the answer
 * names it in a {@value #HEADER} header, one value per field:
 * {@code body; kind=email-address; see="/api/contact-persons"}, pointing to the contact person fields, where such
 * data is sealed. The request is carried out all the same: a functional address of an office
 * ({@code info@reko-harz.de}) is no person's data, and only the writer can tell.
 */
final class PersonalDataWarnings {

    static final String HEADER = "Personal-Data-Warning";
    static final String CONTACT_PERSONS = "/api/contact-persons";

    private PersonalDataWarnings() {
    }

    static void note(JsonParser parser, String text) {
        LooksPersonal.kindIn(text).ifPresent(kind -> {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                    && request.getResponse() != null && !request.getResponse().isCommitted()) {
                request.getResponse().addHeader(HEADER,
                        field(parser) + "; kind=" + kind + "; see=\"" + CONTACT_PERSONS + "\"");
            }
        });
    }

    /** The field's path in the body: {@code body}, {@code participant.name}, {@code parties.0.party}. */
    private static String field(JsonParser parser) {
        var pointer = parser.streamReadContext().pathAsPointer().toString();
        return pointer.isEmpty() ? "body" : pointer.substring(1).replace('/', '.');
    }
}
