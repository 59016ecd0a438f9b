package de.regionet.kernel.cooperation;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;

/**
 * A partner organisation of a cooperation body and the role it plays there ("Jobcenter", "Agentur für Arbeit",
 * "Kreisverwaltung"): organisations, never persons, for events are kept forever.
 */
public record Partner(PartnerId partnerId, String organisation, String role) {

    public Partner {
        Require.present(partnerId, "partnerId");
        organisation = Require.text(organisation, "organisation", TextLimits.NAME);
        role = Require.text(role, "role", TextLimits.NAME);
    }

    /** Whether this partner is {@code other}; organisation names compare regardless of case. */
    public boolean sameOrganisation(String other) {
        return organisation.equalsIgnoreCase(other.strip());
    }
}
