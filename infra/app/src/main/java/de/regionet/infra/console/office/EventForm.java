package de.regionet.infra.console.office;

import de.regionet.kernel.TextLimits;
import de.regionet.kernel.networkevent.EventDetails;
import de.regionet.kernel.networkevent.Schedule;
import de.regionet.kernel.region.RegionKey;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The network event form as posted: the API's {@code NetworkEventRequest} fields, start and end as local date and
 * time in the network's time zone ({@code datetime-local} fields), capacity as text (empty: no limit) and region
 * keys as one comma-separated line. {@link #problems()} judges it by the rules of {@link EventDetails} and
 * {@link Schedule}, naming the form field.
 */
record EventForm(String title, String description, String start, String end, String location, String onlineUrl,
                 String capacity, String regionKeys) {

    static EventForm empty() {
        return new EventForm("", "", "", "", "", "", "", "");
    }

    List<FormProblem> problems() {
        var found = new ArrayList<FormProblem>();
        required(found, "title", title, TextLimits.NAME);
        required(found, "description", description, TextLimits.DOCUMENT);
        var from = time(start);
        var to = time(end);
        if (from == null) {
            found.add(FormProblem.of("start", "office.events.error.start"));
        }
        if (to == null) {
            found.add(FormProblem.of("end", "office.events.error.end"));
        } else if (from != null && !to.isAfter(from)) {
            found.add(FormProblem.of("end", "office.events.error.endBeforeStart"));
        }
        if (blank(location) && blank(onlineUrl)) {
            found.add(FormProblem.of("location", "office.events.error.place"));
        } else if (!blank(location) && location.strip().length() > EventDetails.MAX_LOCATION) {
            found.add(FormProblem.of("location", "office.events.error.location.tooLong"));
        }
        if (!blank(onlineUrl) && (onlineUrl.strip().length() > TextLimits.SUMMARY
                || !EventDetails.isWebAddress(onlineUrl.strip()))) {
            found.add(FormProblem.of("onlineUrl", "office.events.error.onlineUrl"));
        }
        if (!blank(capacity) && places() == null) {
            found.add(FormProblem.of("capacity", "office.events.error.capacity"));
        }
        try {
            keys();
        } catch (IllegalArgumentException invalid) {
            found.add(FormProblem.of("regionKeys", "office.news.error.regionKeys"));
        }
        return found;
    }

    /** Call only when {@link #problems()} found none. */
    EventDetails details() {
        return new EventDetails(title, description, location, onlineUrl, places(), keys());
    }

    /** Call only when {@link #problems()} found none. */
    Schedule schedule() {
        return new Schedule(time(start), time(end));
    }

    static LocalDateTime time(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private Integer places() {
        if (blank(capacity)) {
            return null;
        }
        try {
            int places = Integer.parseInt(capacity.strip());
            return places >= 1 && places <= EventDetails.MAX_CAPACITY ? places : null;
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private List<RegionKey> keys() {
        return NewsForm.items(regionKeys).stream().map(RegionKey::new).toList();
    }

    private static void required(List<FormProblem> found, String field, String value, int maxLength) {
        if (blank(value)) {
            found.add(FormProblem.of(field, "office.events.error." + field + ".required"));
        } else if (value.strip().length() > maxLength) {
            found.add(FormProblem.of(field, "office.events.error." + field + ".tooLong"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
