package de.regionet.infra.console.calls;

import de.regionet.kernel.Rejection;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * Where on a form of one row per proposal a refusal of the domain belongs: the call's rules name the proposal in
 * their words ("… (proposal P)") and the field of the rule ({@code rank}, {@code funds}, …), so the refusal is
 * shown beside that proposal's input for the field, or its choice; a refusal of no one proposal (the budget) goes to
 * the summary only.
 */
record ProposalFields(Collection<String> proposals, Map<String, String> inputOfField, String choice) {

    Function<Rejection, String> fieldOf() {
        return rejection -> proposals.stream()
                .filter(id -> rejection.getMessage() != null && rejection.getMessage().contains(id)).findFirst()
                .map(id -> inputOfField.getOrDefault(String.valueOf(rejection.field()), choice) + "." + id)
                .orElse(null);
    }
}
