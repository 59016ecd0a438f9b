package de.regionet.infra.web;

import de.regionet.kernel.Rejection;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code detail} of a problem document in the client's language: German when {@code Accept-Language} prefers
 * German to English, English otherwise (also without the header). {@code type} and {@code title} stay English and
 * stable; clients branch on them. The texts are {@code i18n/problems.properties} (German) and
 * {@code problems_en.properties} (English), keys {@code problems.<key>}, values as {@code {0}}, {@code {1}}, ...
 * A detail that has no key of its own is composed in English where it arises and answered in English as composed;
 * in German it becomes its kind's sentence, naming the fields concerned, so a German reader never gets English.
 * Static, with its own reader of the bundle, because the servlet container's error valve and the filters answer
 * outside Spring's beans as well.
 */
public final class ProblemTexts {

    private static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);
    private static final ResourceBundleMessageSource BUNDLE = bundle();

    /** A detail: the English words as composed in code, and, where the bundle has it, its key and values. */
    public record Text(String english, String key, List<String> arguments) {

        public Text {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        /** A detail with no key of its own. */
        public static Text english(String english) {
            return new Text(english, null, List.of());
        }

        public static Text of(String key, String english, Object... arguments) {
            return new Text(english, key, Arrays.stream(arguments).map(String::valueOf).toList());
        }
    }

    private ProblemTexts() {
    }

    private static ResourceBundleMessageSource bundle() {
        var bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/problems");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    /** German when the header prefers German to English, else English; a header that cannot be read: English. */
    public static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            var chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return Locale.GERMAN.equals(chosen) ? Locale.GERMAN : Locale.ENGLISH;
        } catch (IllegalArgumentException unreadable) {
            return Locale.ENGLISH;
        }
    }

    public static boolean german(Locale locale) {
        return Locale.GERMAN.getLanguage().equals(locale.getLanguage());
    }

    /**
     * The detail in {@code locale}: the bundle's text of its key where there is one; else the English as composed,
     * or in German the sentence of its kind naming {@code fields}.
     */
    public static String detail(Text text, ProblemType type, List<String> fields, Locale locale) {
        if (text.key() != null) {
            var said = BUNDLE.getMessage("problems." + text.key(), text.arguments().toArray(), null, locale);
            if (said != null) {
                return said;
            }
        }
        if (!german(locale)) {
            return text.english();
        }
        var sentence = defaultDetail(type, locale);
        return fields.isEmpty() ? sentence
                : sentence + " " + BUNDLE.getMessage("problems.fields", new Object[]{String.join(", ", fields)},
                locale);
    }

    /**
     * A refusal as a page says it in {@code locale}: the bundle's text where the rejection was made with a key
     * ({@link Rejection#saying}), else the domain's own English sentence.
     */
    public static String said(Rejection rejection, Locale locale) {
        if (rejection.textKey() != null) {
            var said = BUNDLE.getMessage("problems." + rejection.textKey(), rejection.textArguments().toArray(), null,
                    locale);
            if (said != null) {
                return said;
            }
        }
        return rejection.getMessage();
    }

    /** Whether the bundle has a text for {@code key} (without the {@code problems.} prefix). */
    static boolean has(String key) {
        return BUNDLE.getMessage("problems." + key, null, null, Locale.ENGLISH) != null;
    }

    /** What a client gets when nothing more specific can be said, e.g. "no such resource". */
    public static String defaultDetail(ProblemType type, Locale locale) {
        return BUNDLE.getMessage("problems." + type.kind(), null, type.defaultDetail(), locale);
    }
}
