package de.regionet.query.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    @Test
    void markdown_becomes_html() {
        var html = Markdown.toSafeHtml("## Programm\n\n* *Begrüßung*\n* [Anmeldung](https://regionet.example/anmeldung)");
        assertThat(html).contains("<h2>Programm</h2>", "<em>Begrüßung</em>",
                "<a href=\"https://regionet.example/anmeldung\" rel=\"");
        assertThat(rels(html)).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert('xss')</script>",
            "Text <script src=https://evil.example/x.js></script> mehr",
            "[Klick](javascript:alert(1))",
            "[Klick](JaVaScRiPt:alert(1))",
            "[Klick](  javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">Klick</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">Klick</a>",
            "![Bild](javascript:alert(1))",
            "<img src=x onerror=alert(1)>",
            "<p onclick=\"alert(1)\">Text</p>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)></svg>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<form action=https://evil.example><input name=x></form>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"})
    void nothing_that_runs_survives(String markdown) {
        var html = Markdown.toSafeHtml(markdown).toLowerCase();
        assertThat(html).doesNotContain("<script", "javascript:", "onerror", "onclick", "onload", "<iframe",
                "<svg", "data:text", "<form", "<input", "style=", "<style");
    }

    @Test
    void safe_links_stay_and_cannot_reach_the_opener() {
        var html = Markdown.toSafeHtml("<a href=\"https://www.regio-aktiv.de\" target=\"_blank\">REGIO AKTIV</a>");
        assertThat(html).startsWith("<p><a href=\"https://www.regio-aktiv.de\" rel=\"").endsWith(">REGIO AKTIV</a></p>\n")
                .doesNotContain("target");
        assertThat(rels(html)).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
    }

    @Test
    void plain_text_leaves_out_markup_and_raw_html() {
        assertThat(Markdown.toPlainText("## Programm\n\n<script>alert(1)</script>\n\n*Begrüßung* <b>heute</b>"))
                .doesNotContain("<", "script", "alert").contains("Programm", "Begrüßung", "heute");
    }

    private static java.util.List<String> rels(String html) {
        var matcher = java.util.regex.Pattern.compile("rel=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("a rel attribute in " + html).isTrue();
        return java.util.List.of(matcher.group(1).split(" "));
    }
}
