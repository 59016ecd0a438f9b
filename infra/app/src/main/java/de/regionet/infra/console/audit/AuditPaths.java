package de.regionet.infra.console.audit;

import java.util.Map;

/**
 * Where the auditors' pages of a stream are: its history at {@code /console/pruefung/{type}/{id}}, its lineage under
 * a German path for the kinds an auditor asks about most (projects, working groups), else under its type.
 */
final class AuditPaths {

    private static final Map<String, String> LINEAGE_SEGMENTS = Map.of("project", "projekte",
            "working-group", "arbeitskreise");

    private AuditPaths() {
    }

    static String history(String type, String id) {
        return "/console/pruefung/" + type + "/" + id;
    }

    static String lineage(String type, String id) {
        return "/console/pruefung/" + LINEAGE_SEGMENTS.getOrDefault(type, type) + "/" + id + "/herkunft";
    }

    /** The stream type a lineage path segment names. */
    static String typeOfSegment(String segment) {
        return LINEAGE_SEGMENTS.entrySet().stream().filter(entry -> entry.getValue().equals(segment))
                .map(Map.Entry::getKey).findFirst().orElse(segment);
    }
}
