package de.regionet.query.contact;

import de.regionet.kernel.contact.ContactKind;

import java.time.LocalDate;

/**
 * A contact person as signed-in readers get it ({@code GET /api/contact-persons}), opened at answer time: where the
 * key of the person's data subject was destroyed, the four details are {@code null} and {@code erased} is true.
 * {@code network}: the network the person is a contact in.
 */
public record ContactPersonAnswer(String id, ContactKind kind, String regionKey, String workingGroupId, String name,
                                  String function, String telephone, String email, boolean erased,
                                  Consent consent, String network, long version) {

    /** The consent to publication: whether it holds now, the day it was last given and last withdrawn. */
    public record Consent(boolean given, LocalDate givenOn, LocalDate withdrawnOn) {
    }
}
