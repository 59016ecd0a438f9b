package de.regionet.query.contact;

/**
 * A contact person as the public portal shows them ({@code GET /api/public/contact-persons}): the four details the
 * person agreed to have published, and nothing else.
 */
public record PublicContactPerson(String name, String function, String telephone, String email) {
}
