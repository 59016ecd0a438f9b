package de.regionet.kernel;

import java.time.ZoneId;

/** The network works in German civil time: a network event's hours, "today" and "this month" are Berlin's. */
public final class NetworkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private NetworkTime() {
    }
}
