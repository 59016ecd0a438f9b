package de.regionet.query.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;

/**
 * Markdown as the network office writes it, turned into what readers get: HTML that cannot run anything, or plain
 * text. Rendered by commonmark-java (links with unsafe schemes lose their target), then sanitised by the OWASP
 * HTML sanitiser with an allow-list: formatting, headings, lists, quotes, code, tables, links and images over
 * http(s) (mailto for links); no scripts, no styles, no event handlers, no frames or forms. Links get
 * {@code rel} nofollow, noopener and noreferrer. Raw HTML in the Markdown goes through the same allow-list.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private static final PolicyFactory SAFE = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "em", "strong", "del", "s", "sub", "sup", "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("class").matching(java.util.regex.Pattern.compile("language-[A-Za-z0-9_+-]{1,40}"))
            .onElements("code")
            .allowUrlProtocols("https", "http", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private Markdown() {
    }

    /** Safe HTML for a page or a feed. */
    public static String toSafeHtml(String markdown) {
        return SAFE.sanitize(HTML.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    /** Plain text, for calendars and other text-only readers; raw HTML in the Markdown is left out. */
    public static String toPlainText(String markdown) {
        var document = PARSER.parse(markdown == null ? "" : markdown);
        var html = new ArrayList<Node>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html.add(node);
            }

            @Override
            public void visit(HtmlBlock node) {
                html.add(node);
            }
        });
        html.forEach(Node::unlink);
        return TEXT.render(document).strip();
    }
}
