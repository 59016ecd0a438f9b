package de.regionet.infra.history;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * One command line of a history file ({@code docs/import.md}): its external id, the office it is sent as, the day
 * its fact took effect, the kernel command's simple name and JSON body, the earlier line it replaces if it is a
 * correction, and the SHA-256 of its canonical content (keys sorted, no white space), by which a second import of
 * the same line is recognised whatever its formatting.
 */
record ImportLine(long number, String id, Office office, LocalDate effectiveOn, String command, JsonNode body,
                  String replaces, String contentSha256) {

    static final int MAX_ID = 200;
    private static final Set<String> FIELDS = Set.of("id", "office", "effectiveOn", "command", "body", "replaces");

    /** A line that cannot be a command line; the message says why, for the report. */
    static final class Unreadable extends Exception {

        final String id;

        Unreadable(String id, String message) {
            super(message, null, false, false);
            this.id = id;
        }
    }

    static ImportLine parse(long number, String text, JsonMapper json, LocalDate today) throws Unreadable {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            throw new Unreadable(null, "not a JSON object: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode line)) {
            throw new Unreadable(null, "not a JSON object");
        }
        var id = text(line, "id", null);
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new Unreadable(null, "id is required: a text of 1 to " + MAX_ID + " characters");
        }
        for (var field : line.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new Unreadable(id, field + " is not a known field");
            }
        }
        Office office;
        try {
            office = Office.parse(text(line, "office", id));
        } catch (IllegalArgumentException e) {
            throw new Unreadable(id, e.getMessage());
        }
        var effectiveOn = day(text(line, "effectiveOn", id), id);
        if (effectiveOn.isAfter(today)) {
            throw new Unreadable(id, "effectiveOn " + effectiveOn + " is in the future");
        }
        var command = text(line, "command", id);
        if (command == null) {
            throw new Unreadable(id, "command is required: the simple name of a kernel command");
        }
        if (!(line.get("body") instanceof ObjectNode body)) {
            throw new Unreadable(id, "body is required: the command as a JSON object");
        }
        var replaces = text(line, "replaces", id);
        if (replaces != null && (replaces.isBlank() || replaces.equals(id))) {
            throw new Unreadable(id, "replaces names the external id of an earlier line");
        }
        return new ImportLine(number, id, office, effectiveOn, command, body, replaces, sha256(canonical(line)));
    }

    private static String text(ObjectNode line, String field, String id) throws Unreadable {
        var value = line.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new Unreadable(id, field + " is not a text");
        }
        return value.asString();
    }

    private static LocalDate day(String text, String id) throws Unreadable {
        if (text == null) {
            throw new Unreadable(id, "effectiveOn is required: the day the fact took effect (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Unreadable(id, "effectiveOn '" + text + "' is not a day (YYYY-MM-DD)");
        }
    }

    /** The same JSON with every object's keys in sorted order, so equal content has one form. */
    static JsonNode canonical(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var sorted = JsonNodeFactory.instance.objectNode();
            for (var name : new TreeSet<>(object.propertyNames())) {
                sorted.set(name, canonical(object.get(name)));
            }
            return sorted;
        }
        if (node.isArray()) {
            var array = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> array.add(canonical(element)));
            return array;
        }
        return node;
    }

    static String sha256(JsonNode node) {
        return sha256(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
