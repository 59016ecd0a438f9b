package de.regionet.kernel.agreement;

/** Whom an agreement's rules bind, and so who runs it. */
public enum AgreementScope {
    /** State-wide (e.g. REGIO AKTIV's agreement between ministry, employment agency and municipal associations). */
    STATE,
    /** One region's agreement, e.g. between the members of its working group. */
    REGIONAL
}
