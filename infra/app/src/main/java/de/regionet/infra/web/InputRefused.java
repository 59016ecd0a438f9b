package de.regionet.infra.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the edge refuses before any command sees it (text that is not valid, a date that is no ISO-8601
 * string in range). Its message is written for the user; Jackson adds the path, so the answer names the field.
 */
final class InputRefused extends MismatchedInputException {

    InputRefused(JsonParser parser, String message, Class<?> target) {
        super(parser, message, target);
    }
}
