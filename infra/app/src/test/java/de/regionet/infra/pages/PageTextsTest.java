package de.regionet.infra.pages;

import de.regionet.kernel.region.RegionKind;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No text is hard-coded in a template (ADR 0017): every template is parsed with Thymeleaf's own markup parser
 * (AttoParser), and no text node outside comments holds anything but white space, nor does an attribute a person
 * reads ({@code title}, {@code alt}, {@code aria-label}, {@code placeholder}, {@code value}) carry a literal value;
 * those come from {@code th:text} and {@code th:*} with message keys. Every key a template names exists in both
 * languages, and the two bundles hold the same keys.
 */
class PageTextsTest {

    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder", "value",
            "aria-description", "label");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    @Test
    void no_template_holds_text_that_is_not_a_message() throws Exception {
        var templates = templates();
        assertThat(templates).as("templates found").isNotEmpty();
        var literals = new ArrayList<String>();
        for (var template : templates) {
            literals.addAll(literalsOf(template));
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void every_message_key_a_template_names_exists_in_german_and_english() throws Exception {
        var german = german();
        var english = english();
        var missing = new TreeSet<String>();
        for (var template : templates()) {
            var matcher = KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                var key = matcher.group(1);
                if (!german.containsKey(key) || !english.containsKey(key)) {
                    missing.add(template.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void keys_built_from_values_exist_for_every_value_in_both_languages() throws IOException {
        var keys = Stream.of(
                Stream.of(StakeholderCategory.values()).map(category -> "category." + category),
                Stream.of(RegionKind.values()).map(kind -> "region.kind." + kind),
                IntStream.rangeClosed(400, 599).mapToObj(PageErrors::kindOf).distinct()
                        .flatMap(kind -> Stream.of("error." + kind + ".title", "error." + kind + ".text")))
                .flatMap(s -> s).toList();
        assertThat(german().stringPropertyNames()).containsAll(keys);
        assertThat(english().stringPropertyNames()).containsAll(keys);
    }

    @Test
    void german_and_english_hold_the_same_keys() throws IOException {
        assertThat(english().stringPropertyNames())
                .isEqualTo(german().stringPropertyNames());
    }

    /**
     * Switching to English changes every text: an English text equal to its German one is a forgotten translation,
     * unless it is the same in both languages by nature (names, formats, words both languages share).
     */
    @Test
    void every_english_text_is_a_translation() throws IOException {
        var german = german();
        var english = english();
        var untranslated = new TreeSet<String>();
        for (var key : english.stringPropertyNames()) {
            var value = english.getProperty(key);
            if (value.equals(german.getProperty(key)) && !sameInBothLanguages(key, value)) {
                untranslated.add(key + "=" + value);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    /** Names and formats, and values whose every word is written the same in German and English. */
    private static boolean sameInBothLanguages(String key, String value) {
        if (key.equals("site.name") || key.startsWith("site.language.") || key.startsWith("format.")) {
            return true;
        }
        var words = Pattern.compile("\\p{L}{2,}").matcher(value.replaceAll("\\{[^}]*}", ""));
        while (words.find()) {
            if (!SHARED_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Words German and English write alike, as far as the pages use them; names of the product and standards. */
    private static final Set<String> SHARED_WORDS = Set.of("regionet", "organisation", "region", "controlling",
            "status", "name", "start", "import", "export", "budget", "details", "filter", "position", "version",
            "id", "e-mail", "atom", "icalendar", "json", "csv", "ndjson", "esf", "rak", "reko", "ok", "min", "max",
            "stream", "hash", "code", "feed", "in", "online", "team", "workshop", "agenda", "info", "plus");

    @Test
    void the_language_of_a_request_is_german_or_english_and_german_when_unreadable() {
        assertThat(PageLocales.supported(Locale.FRENCH)).isEqualTo(Locale.GERMAN);
        assertThat(PageLocales.supported(Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(PageLocales.supported(null)).isEqualTo(Locale.GERMAN);
    }

    private static List<String> literalsOf(Path template) throws ParseException, IOException {
        var found = new ArrayList<String>();
        var name = template.getFileName().toString();
        new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(Files.readString(template),
                new AbstractMarkupHandler() {
                    @Override
                    public void handleText(char[] buffer, int offset, int len, int line, int col) {
                        var text = new String(buffer, offset, len).strip();
                        if (!text.isEmpty()) {
                            found.add(name + ":" + line + " text \"" + text + "\"");
                        }
                    }

                    @Override
                    public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine,
                                                int nameCol, int operatorOffset, int operatorLen, int operatorLine,
                                                int operatorCol, int valueContentOffset, int valueContentLen,
                                                int valueOuterOffset, int valueOuterLen, int valueLine,
                                                int valueCol) {
                        var attribute = new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT);
                        var value = new String(buffer, valueContentOffset, valueContentLen).strip();
                        if (READ_ATTRIBUTES.contains(attribute) && !value.isEmpty()) {
                            found.add(name + ":" + nameLine + " " + attribute + "=\"" + value + "\"");
                        }
                    }
                });
        return found;
    }

    private static List<Path> templates() throws IOException, URISyntaxException {
        var root = Path.of(PageTextsTest.class.getResource("/templates").toURI());
        try (var files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The German texts: {@code messages.properties} and every area's bundle under {@code i18n/}. */
    private static Properties german() throws IOException {
        return texts("");
    }

    /** The English texts, from the same files with {@code _en}. */
    private static Properties english() throws IOException {
        return texts("_en");
    }

    private static Properties texts(String suffix) throws IOException {
        var all = bundle("messages" + suffix + ".properties");
        try {
            var areas = Path.of(PageTextsTest.class.getResource("/i18n").toURI());
            try (var files = Files.list(areas)) {
                for (var file : files.map(Path::getFileName).map(Path::toString).sorted().toList()) {
                    var area = file.replaceFirst("(_en)?\\.properties$", "");
                    if (file.equals(area + suffix + ".properties")) {
                        all.putAll(bundle("i18n/" + file));
                    }
                }
            }
        } catch (URISyntaxException unreadable) {
            throw new IOException(unreadable);
        }
        return all;
    }

    private static Properties bundle(String name) throws IOException {
        try (var in = PageTextsTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no " + name));
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
