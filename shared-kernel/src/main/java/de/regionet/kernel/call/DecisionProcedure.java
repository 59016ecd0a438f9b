package de.regionet.kernel.call;

/**
 * How a call's proposals are decided. Saxony-Anhalt's regional working groups select themselves
 * ({@link #REGIONAL_SELECTION}); in North Rhine-Westphalia the Regionalagentur and its Facharbeitskreis advise and the
 * state decides and funds ({@link #REGIONAL_ADVICE_STATE_DECISION}).
 */
public enum DecisionProcedure {
    /** The region's working group selects by resolution ({@code POST /api/calls/{id}/selection}). */
    REGIONAL_SELECTION,
    /**
     * The region advises on each proposal ({@code …/advice}), the state's granting authority decides and funds
     * ({@code …/funding-decisions}); the decision may differ from the advice.
     */
    REGIONAL_ADVICE_STATE_DECISION;

    /** A call stored before calls had a procedure selected regionally. */
    public static DecisionProcedure orDefault(DecisionProcedure procedure) {
        return procedure == null ? REGIONAL_SELECTION : procedure;
    }
}
