package de.regionet.infra.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The open calls of every region as the public portal shows them: the call's terms only, never its proposals or
 * who proposed. Built by {@link PublicCalls}.
 */
record CallsPage(List<Call> calls) {

    /**
     * An open call; {@code deadline} in Berlin's civil time, as the regions announce it. A state-wide call has no
     * region ({@code regionKey} and {@code regionName} {@code null}); {@code procedure} says who decides.
     */
    record Call(String id, String title, String regionKey, String regionName, String fundingArea,
                BigDecimal budgetEuro, LocalDate openedOn, LocalDateTime deadline, List<String> criteria,
                String procedure) {
    }
}
