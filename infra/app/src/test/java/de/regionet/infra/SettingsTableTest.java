package de.regionet.infra;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's settings table ("Configuration") names every {@code regionet.*} setting the application reads: those
 * of its {@code @ConfigurationProperties} records, found on the class path and walked to their leaves, and those read
 * one by one in the sources ({@code @Value("${regionet.…}")}, a {@code Binder}'s {@code bind("regionet.…")}, a
 * condition's {@code name = "regionet.…"}). A list's elements are written {@code [i]} in the table.
 */
class SettingsTableTest {

    private static final Pattern ONE_BY_ONE = Pattern.compile(
            "(?:\\$\\{|bind\\(\"|name = \")(regionet\\.[a-z0-9.\\-]+)");
    private static final Pattern NAMED = Pattern.compile("`([^`]+)`");

    @Test
    void the_settings_table_names_every_setting_the_application_reads() throws Exception {
        var read = new TreeSet<String>();
        read.addAll(boundByRecords());
        read.addAll(readOneByOne());

        assertThat(documented()).containsAll(read);
    }

    private static Set<String> boundByRecords() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        var names = new TreeSet<String>();
        for (var candidate : scanner.findCandidateComponents("de.regionet")) {
            var type = Class.forName(candidate.getBeanClassName());
            var annotation = type.getAnnotation(ConfigurationProperties.class);
            var prefix = annotation.value().isEmpty() ? annotation.prefix() : annotation.value();
            if (type.isRecord() && prefix.startsWith("regionet")) {
                walk(prefix, type, names);
            }
        }
        assertThat(names).as("settings bound by records").contains("regionet.mongo.uri", "regionet.users[*].name");
        return names;
    }

    /**
     * A group of settings is a record declared in a properties record, or one of several components; a record of one
     * component declared elsewhere is a value object bound from one setting ({@code RegionKey}).
     */
    private static void walk(String prefix, Type type, Set<String> names) {
        if (type instanceof Class<?> group && isGroup(group)) {
            for (var component : group.getRecordComponents()) {
                walk(prefix + "." + kebab(component.getName()), component.getGenericType(), names);
            }
        } else if (type instanceof ParameterizedType list && list.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)
                && list.getActualTypeArguments()[0] instanceof Class<?> element && isGroup(element)) {
            walk(prefix + "[*]", element, names);
        } else {
            names.add(prefix);
        }
    }

    private static boolean isGroup(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        for (var enclosing = type; enclosing != null; enclosing = enclosing.getEnclosingClass()) {
            if (enclosing.isAnnotationPresent(ConfigurationProperties.class)) {
                return true;
            }
        }
        return type.getRecordComponents().length > 1;
    }

    private static Set<String> readOneByOne() throws IOException {
        var names = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(root())) {
            for (var file : files.filter(path -> path.toString().endsWith(".java")
                    && path.toString().contains("/src/main/java/") && !path.toString().contains("/bench/")).toList()) {
                var matcher = ONE_BY_ONE.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.add(matcher.group(1).replaceAll("\\.$", ""));
                }
            }
        }
        assertThat(names).as("settings read one by one").contains("regionet.processing.batch-size");
        return names;
    }

    /**
     * The first cell of each row of the table under "## Configuration": a full name, then names of its siblings
     * ({@code `regionet.a.b`, `.c`} is {@code regionet.a.b} and {@code regionet.a.c}); environment variables and
     * Spring's own settings are left out.
     */
    static Set<String> documented() throws IOException {
        var lines = Files.readAllLines(root().resolve("README.md"));
        var start = lines.indexOf("## Configuration");
        assertThat(start).isNotNegative();
        var names = new TreeSet<String>();
        for (var line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            var cell = line.substring(1, line.indexOf('|', 1));
            var matcher = NAMED.matcher(cell);
            String first = null;
            while (matcher.find()) {
                var name = matcher.group(1).replaceAll("\\[[a-z]]", "[*]");
                if (name.startsWith("regionet.")) {
                    first = name;
                    names.add(name);
                } else if (name.startsWith(".") && first != null) {
                    names.add(first.substring(0, first.lastIndexOf('.')) + name);
                }
            }
        }
        return names;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Path root() {
        for (var directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve("README.md")) && Files.isDirectory(directory.resolve("shared-kernel"))) {
                return directory;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
