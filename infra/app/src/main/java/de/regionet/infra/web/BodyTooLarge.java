package de.regionet.infra.web;

import java.io.IOException;

/** A request body beyond the configured limit; answered with 413. */
class BodyTooLarge extends IOException {

    BodyTooLarge(long limit) {
        super("the request body exceeds the limit of " + limit + " bytes");
    }
}
