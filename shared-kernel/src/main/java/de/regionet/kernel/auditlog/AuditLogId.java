package de.regionet.kernel.auditlog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Identity of one day's audit log, e.g. {@code audit-log-2026-11-23}: every read of the audit API on that (Berlin)
 * day is recorded in that stream. One stream per day keeps each stream short and lets an auditor read a day's
 * reads by exact key.
 */
public record AuditLogId(@JsonValue String value) {

    private static final String PREFIX = "audit-log-";
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "\\d{4}-\\d{2}-\\d{2}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AuditLogId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an audit log id is audit-log-<yyyy-mm-dd>");
        }
    }

    /** The log of one day. */
    public static AuditLogId of(LocalDate day) {
        return new AuditLogId(PREFIX + day);
    }

    @Override
    public String toString() {
        return value;
    }
}
