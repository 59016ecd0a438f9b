package de.regionet.kernel.practice;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.cooperation.CooperationBodyId;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.region.RegionKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an example of good practice says: a title, a summary in Markdown (kept as written; readers get it rendered
 * and sanitised), where it comes from (a region, and within it optionally a cooperation body or a project; none of
 * them for an example of the whole network), topic tags (kept in the given order without repeats, ignoring case)
 * and the organisation to contact about it (an organisation, never a person: events keep no personal data in
 * plain text).
 */
public record PracticeContent(String title, String summary, RegionKey regionKey, CooperationBodyId cooperationBodyId,
                              ProjectId projectId, List<String> topics, String contactOrganisation) {

    public static final int MAX_SUMMARY = TextLimits.DOCUMENT;
    public static final int MAX_TOPIC = 50;
    public static final int MAX_TOPICS = 20;

    public PracticeContent {
        title = Require.text(title, "title", TextLimits.NAME);
        summary = Require.text(summary, "summary", MAX_SUMMARY);
        topics = topics(topics);
        contactOrganisation = Require.optionalText(contactOrganisation, "contactOrganisation", TextLimits.NAME);
        if (regionKey == null && (cooperationBodyId != null || projectId != null)) {
            throw new IllegalArgumentException("regionKey is required where a cooperation body or project is named: "
                    + "name the region it belongs to");
        }
    }

    private static List<String> topics(List<String> topics) {
        if (topics == null) {
            return List.of();
        }
        var kept = new ArrayList<String>();
        for (var topic : topics) {
            var text = Require.text(topic, "topics", MAX_TOPIC);
            if (kept.stream().noneMatch(known -> known.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))) {
                kept.add(text);
            }
        }
        if (kept.size() > MAX_TOPICS) {
            throw new IllegalArgumentException("topics may hold at most " + MAX_TOPICS + " entries");
        }
        return List.copyOf(kept);
    }
}
