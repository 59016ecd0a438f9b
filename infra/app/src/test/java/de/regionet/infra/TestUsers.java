package de.regionet.infra;

/** The users of {@code src/test/resources/config/application.yml}; all sign in with {@link #PASSWORD}. */
public final class TestUsers {

    public static final String PASSWORD = "test-password";

    /** NETWORK_OFFICE (of the default network, Saxony-Anhalt's, with the test territories 99…). */
    public static final String OFFICE = "office";
    /** REGIONAL_COORDINATOR of 15089 and the test regions 99001–99018. */
    public static final String COORDINATOR_SALZLAND = "coordinator-salzland";
    /** REGIONAL_COORDINATOR of the console's test regions 99431–99445. */
    public static final String COORDINATOR_HARZ = "coordinator-harz";
    /** REGIONAL_COORDINATOR of 15001. */
    public static final String COORDINATOR_DESSAU = "coordinator-dessau";
    /** PROJECT_SPONSOR for Bildungswerk Salzland. */
    public static final String SPONSOR = "sponsor";
    /** AUDITOR. */
    public static final String AUDITOR = "auditor";
    /** NETWORK_OFFICE of North Rhine-Westphalia's network and AUDITOR in Hesse's; no role in Saxony-Anhalt's. */
    public static final String OFFICE_NRW = "office-nrw";
    /** OPERATOR: installation-wide work in every network, no domain role. */
    public static final String OPERATOR = "operator";
    /**
     * GRANTING_AUTHORITY of the default network (Saxony-Anhalt's): decides on funding where the state decides (a
     * call's procedure).
     */
    public static final String GRANTING_AUTHORITY = "granting-authority";
    /** REGIONAL_COORDINATOR of the test regions 99641–99645, standing for labour-market regions. */
    public static final String COORDINATOR_RUHR = "coordinator-ruhr";
    /** NETWORK_OFFICE of Saxony-Anhalt's network and of North Rhine-Westphalia's. */
    public static final String OFFICE_TWO_NETWORKS = "office-two-networks";

    /** GRANTING_AUTHORITY of North Rhine-Westphalia's network only. */
    public static final String GRANTING_AUTHORITY_NRW = "granting-authority-nrw";
    /** NETWORK_OFFICE of Hesse's network; no role in the other networks. */
    public static final String OFFICE_HESSEN = "office-hessen";
    /** REGIONAL_COORDINATOR in North Rhine-Westphalia of the labour-market region 05-westfaelisches-ruhrgebiet. */
    public static final String REGIONALAGENTUR_RUHR = "regionalagentur-ruhr";
    /** PROJECT_SPONSOR in North Rhine-Westphalia for Werkstatt Revier. */
    public static final String SPONSOR_NRW = "sponsor-nrw";
    /** REGIONAL_COORDINATOR in North Rhine-Westphalia's network of the labour-market region 05-hellweg-hochsauerland. */
    public static final String COORDINATOR_NRW = "coordinator-nrw";

    private TestUsers() {
    }
}
