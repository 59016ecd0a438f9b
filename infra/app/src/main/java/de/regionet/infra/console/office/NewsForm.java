package de.regionet.infra.console.office;

import de.regionet.kernel.TextLimits;
import de.regionet.kernel.news.NewsContent;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.markdown.Markdown;
import de.regionet.query.news.NewsView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The news form as posted: the API's {@code NewsRequest} fields, with tags, region keys and funding areas each
 * written as one comma-separated line, and the version an edit is based on. {@link #problems()} judges it by the
 * same limits as {@link NewsContent}, naming the form field, so the page can say what to correct before anything
 * is sent.
 */
record NewsForm(String title, String teaser, String body, String tags, String regionKeys, String fundingAreas,
                Long version) {

    static NewsForm empty() {
        return new NewsForm("", "", "", "", "", "", null);
    }

    static NewsForm of(NewsView article) {
        return new NewsForm(article.title(), article.teaser(), article.body(), String.join(", ", article.tags()),
                String.join(", ", article.regionKeys()), String.join(", ", article.fundingAreas()),
                article.version());
    }

    List<FormProblem> problems() {
        var found = new ArrayList<FormProblem>();
        text(found, "title", title, TextLimits.NAME);
        text(found, "teaser", teaser, TextLimits.SUMMARY);
        text(found, "body", body, NewsContent.MAX_BODY);
        var tagList = items(tags);
        if (tagList.size() > NewsContent.MAX_TAGS
                || tagList.stream().anyMatch(tag -> tag.length() > NewsContent.MAX_TAG)) {
            found.add(FormProblem.of("tags", "office.news.error.tags"));
        }
        if (!parses(regionKeys, RegionKey::new)) {
            found.add(FormProblem.of("regionKeys", "office.news.error.regionKeys"));
        }
        if (!parses(fundingAreas, area -> new FundingArea(area.toUpperCase(Locale.ROOT)))) {
            found.add(FormProblem.of("fundingAreas", "office.news.error.fundingAreas"));
        }
        return found;
    }

    /** What the article is to say; call only when {@link #problems()} found none. */
    NewsContent content() {
        return new NewsContent(title, teaser, body, items(tags), items(regionKeys).stream().map(RegionKey::new).toList(),
                items(fundingAreas).stream().map(area -> new FundingArea(area.toUpperCase(Locale.ROOT))).toList());
    }

    /** The body as readers will get it: rendered and sanitised exactly as the news read model does. */
    String previewHtml() {
        return Markdown.toSafeHtml(body);
    }

    private static void text(List<FormProblem> found, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            found.add(FormProblem.of(field, "office.news.error." + field + ".required"));
        } else if (value.strip().length() > maxLength) {
            found.add(FormProblem.of(field, "office.news.error." + field + ".tooLong"));
        }
    }

    static List<String> items(String line) {
        if (line == null || line.isBlank()) {
            return List.of();
        }
        return Arrays.stream(line.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static boolean parses(String line, Function<String, ?> parse) {
        try {
            items(line).forEach(parse::apply);
            return true;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }
}
