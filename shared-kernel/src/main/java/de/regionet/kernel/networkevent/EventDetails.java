package de.regionet.kernel.networkevent;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.region.RegionKey;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a network event is: title, description in Markdown, where it happens (a location, an online link, or
 * both), how many places it has ({@code null}: no limit) and the regions it concerns (none: the whole network).
 */
public record EventDetails(String title, String description, String location, String onlineUrl, Integer capacity,
                           List<RegionKey> regionKeys) {

    public static final int MAX_CAPACITY = 100_000;
    public static final int MAX_LOCATION = 300;
    public static final int MAX_REGIONS = 500;

    public EventDetails {
        title = Require.text(title, "title", TextLimits.NAME);
        description = Require.text(description, "description", TextLimits.DOCUMENT);
        location = Require.optionalText(location, "location", MAX_LOCATION);
        onlineUrl = Require.optionalText(onlineUrl, "onlineUrl", TextLimits.SUMMARY);
        if (location == null && onlineUrl == null) {
            throw new IllegalArgumentException("a network event needs a location or an online link");
        }
        if (onlineUrl != null && !isWebAddress(onlineUrl)) {
            throw new IllegalArgumentException("onlineUrl must be an http or https address");
        }
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            throw new IllegalArgumentException("capacity must be between 1 and " + MAX_CAPACITY);
        }
        regionKeys = Require.sortedSet(regionKeys, Comparator.comparing(RegionKey::value), "regionKeys", MAX_REGIONS);
    }

    public static boolean isWebAddress(String text) {
        try {
            var uri = new URI(text);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether the event concerns {@code region}: it names it, or it names no region and concerns everyone. */
    public boolean concerns(RegionKey region) {
        return regionKeys.isEmpty() || regionKeys.contains(region);
    }
}
