package de.regionet.infra.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Dates and times in a request body only as ISO-8601 strings, exactly as written (no number of days or seconds,
 * no array, no blank around them) and within a plausible range, 1990-01-01 to 2100-12-31. The range is a sanity
 * bound, not a rule: whether a date may lie in the past or the future is the domain's decision. Jackson's own
 * java.time deserializers still parse, so zones and offsets behave as before.
 */
final class StrictDates {

    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final Map<Class<?>, String> FORMS = Map.of(
            LocalDate.class, "a date (ISO 8601, e.g. 2026-03-31)",
            Instant.class, "a time with offset (ISO 8601, e.g. 2026-03-31T12:00:00Z)",
            OffsetDateTime.class, "a time with offset (ISO 8601, e.g. 2026-03-31T10:00:00+02:00)",
            ZonedDateTime.class, "a time with offset (ISO 8601, e.g. 2026-03-31T10:00:00+02:00)",
            LocalDateTime.class, "a local time (ISO 8601, e.g. 2026-03-31T10:00:00)",
            YearMonth.class, "a month (ISO 8601, e.g. 2026-03)",
            Year.class, "a year (e.g. 2026)");

    private StrictDates() {
    }

    /** Jackson's deserializer of {@code type}, held to the rules above when {@code type} is a date or time. */
    static ValueDeserializer<?> strict(Class<?> type, ValueDeserializer<?> deserializer) {
        return FORMS.containsKey(type) ? new Strict(deserializer, type) : deserializer;
    }

    private static final class Strict extends DelegatingDeserializer {

        private final Class<?> type;

        Strict(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Strict(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            var expected = "must be " + FORMS.get(type) + " between " + EARLIEST + " and " + LATEST;
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new InputRefused(parser, expected, type);
            }
            var text = parser.getString();
            if (text.isBlank() || !text.equals(text.strip()) || ValidText.refusal(text, false) != null) {
                throw new InputRefused(parser, expected + ", without blanks", type);
            }
            var value = super.deserialize(parser, context);
            if (value != null && !plausible(value)) {
                throw new InputRefused(parser, expected, type);
            }
            return value;
        }

        private static boolean plausible(Object value) {
            LocalDate day;
            if (value instanceof LocalDate date) {
                day = date;
            } else if (value instanceof Instant instant) {
                day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
            } else if (value instanceof OffsetDateTime time) {
                day = time.toLocalDate();
            } else if (value instanceof ZonedDateTime time) {
                day = time.toLocalDate();
            } else if (value instanceof LocalDateTime time) {
                day = time.toLocalDate();
            } else if (value instanceof YearMonth month) {
                day = month.atDay(1);
            } else if (value instanceof Year year) {
                day = year.atDay(1);
            } else {
                return true;
            }
            return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
        }
    }
}
