package de.regionet.infra.web;

import java.io.IOException;

/** A request body refused for its encoding before it is parsed; {@link ProblemResponses} answers with its kind. */
class BodyRefused extends IOException {

    private final ProblemType type;

    BodyRefused(ProblemType type, String message) {
        super(message);
        this.type = type;
    }

    ProblemType type() {
        return type;
    }
}
