package de.regionet.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** A benchmark's command-line options, {@code --name=value} (or {@code --name} for an empty value), in order. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args) {
        var options = new LinkedHashMap<String, String>();
        for (var arg : args) {
            var pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return options;
    }
}
