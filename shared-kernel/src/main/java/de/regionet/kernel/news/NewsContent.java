package de.regionet.kernel.news;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a news article says: title, teaser, body in Markdown (kept as written; readers get it rendered and
 * sanitised), tags, the regions it concerns (none: the whole network) and the funding areas it concerns.
 * Tags are kept in the given order without repeats (ignoring case); regions and funding areas sorted.
 */
public record NewsContent(String title, String teaser, String body, List<String> tags, List<RegionKey> regionKeys,
                          List<FundingArea> fundingAreas) {

    public static final int MAX_BODY = TextLimits.DOCUMENT;
    public static final int MAX_TAG = 50;
    public static final int MAX_TAGS = 20;
    public static final int MAX_REGIONS = 500;
    public static final int MAX_FUNDING_AREAS = 26;

    public NewsContent {
        title = Require.text(title, "title", TextLimits.NAME);
        teaser = Require.text(teaser, "teaser", TextLimits.SUMMARY);
        body = Require.text(body, "body", MAX_BODY);
        tags = tags(tags);
        regionKeys = Require.sortedSet(regionKeys, Comparator.comparing(RegionKey::value), "regionKeys", MAX_REGIONS);
        fundingAreas = Require.sortedSet(fundingAreas, Comparator.naturalOrder(), "fundingAreas", MAX_FUNDING_AREAS);
    }

    private static List<String> tags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        var kept = new ArrayList<String>();
        for (var tag : tags) {
            var text = Require.text(tag, "tags", MAX_TAG);
            if (kept.stream().noneMatch(known -> known.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))) {
                kept.add(text);
            }
        }
        if (kept.size() > MAX_TAGS) {
            throw new IllegalArgumentException("tags may hold at most " + MAX_TAGS + " entries");
        }
        return List.copyOf(kept);
    }

    /** Whether the article concerns {@code region}: it names it, or it names no region and concerns everyone. */
    public boolean concerns(RegionKey region) {
        return regionKeys.isEmpty() || regionKeys.contains(region);
    }
}
