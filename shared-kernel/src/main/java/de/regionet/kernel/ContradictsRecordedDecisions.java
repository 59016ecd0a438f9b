package de.regionet.kernel;

import java.util.List;

/**
 * A fact recorded late whose day would make decisions already recorded invalid (a member withdrawn before a
 * meeting it voted in). Refused so that nobody changes the record by accident; the sender may record it again as a
 * correction, which marks {@link #affected() the decisions} instead of rewriting them.
 */
public class ContradictsRecordedDecisions extends Rejection {

    private final List<String> affected;

    public ContradictsRecordedDecisions(String field, String message, List<String> affected) {
        super(Kind.CONFLICT, field, message);
        this.affected = List.copyOf(affected);
    }

    /** The ids of the decisions the fact contradicts, in the order they were taken. */
    public List<String> affected() {
        return affected;
    }
}
