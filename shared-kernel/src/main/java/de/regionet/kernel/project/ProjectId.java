package de.regionet.kernel.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a funded project, launched when its proposal was selected. */
public record ProjectId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProjectId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a project id is a non-blank identifier of at most 64 characters");
        }
    }

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID().toString());
    }

    /** The project a selected proposal becomes: derived from the proposal, so selecting it again names the same. */
    public static ProjectId forProposal(de.regionet.kernel.call.ProposalId proposal) {
        return new ProjectId(UUID.nameUUIDFromBytes(("project:" + proposal.value())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
