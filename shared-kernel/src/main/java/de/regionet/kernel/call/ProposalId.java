package de.regionet.kernel.call;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a project proposal (Projektvorschlag) submitted to a call. */
public record ProposalId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProposalId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a proposal id is a non-blank identifier of at most 64 characters");
        }
    }

    public static ProposalId random() {
        return new ProposalId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
