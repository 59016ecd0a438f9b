package de.regionet.kernel.workinggroup;

/** The stakeholder group a working-group member represents (Akteursgruppe). */
public enum StakeholderCategory {
    MUNICIPALITY,
    EMPLOYMENT_AGENCY,
    JOB_CENTRE,
    WELFARE_ASSOCIATION,
    SOCIAL_PARTNER,
    BUSINESS,
    EQUAL_OPPORTUNITIES,
    YOUTH_EMPLOYMENT_AGENCY,
    OTHER
}
