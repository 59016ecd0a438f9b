package de.regionet.infra.console.audit;

import de.regionet.infra.audit.Lineage;
import de.regionet.infra.audit.RecordedEvent;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lineage laid out for drawing: its streams and the decisions and results inside them as boxes, in columns by
 * kind from the origins through call, decision, project and result to the target agreement, with an arrow from each
 * box to each box of the next column that has any. Decisions are the resolutions a selection or a project names;
 * results are the project's recorded results. Coordinates are the SVG's, computed here so the template only draws.
 */
record LineageGraph(int width, int height, List<Column> columns, List<Arrow> arrows, boolean truncated) {

    /** The kinds of boxes, in the order of their columns. */
    enum Kind { ORIGIN, CALL, DECISION, PROJECT, RESULT, TARGET_AGREEMENT, OTHER;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static final int BOX_WIDTH = 210;
    static final int BOX_HEIGHT = 56;
    static final int COLUMN_GAP = 56;
    static final int ROW_GAP = 18;
    static final int TOP = 40;
    static final int MARGIN = 12;
    static final int MAX_BOXES = 8;
    private static final int LONGEST_DETAIL = 26;

    record Column(Kind kind, int x, List<Box> boxes, int more) {
        public String key() {
            return kind.key();
        }
    }

    /**
     * One box: its kind, what it is (a stream's type in kebab case, or {@code resolution} or {@code result}), a detail to read (a name, a day), where its history is,
     * whether it is the stream asked about, and its place.
     */
    record Box(Kind kind, String type, String detail, String href, boolean subject, int x, int y) {
        public String shortDetail() {
            return detail.length() <= LONGEST_DETAIL ? detail : detail.substring(0, LONGEST_DETAIL - 1) + "…";
        }
    }

    record Arrow(int x1, int y1, int x2, int y2) {
    }

    static LineageGraph of(Lineage lineage) {
        var byKind = new EnumMap<Kind, List<Node>>(Kind.class);
        for (var kind : Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        for (var stream : lineage.streams()) {
            byKind.get(kindOf(stream)).add(new Node(stream.type(), nameOf(stream, lineage.timeline()),
                    AuditPaths.history(stream.type(), stream.id()), stream.relation().equals("subject")));
        }
        var decided = decidedResolutions(lineage.timeline());
        for (var event : lineage.timeline()) {
            if (event.type().equals("ResolutionRecorded") && decided.contains(text(event.payload(), "resolutionId"))) {
                byKind.get(Kind.DECISION).add(new Node("resolution", String.join(" ",
                        text(event.payload(), "agendaItem"), text(event.payload(), "date")).strip(),
                        AuditPaths.history(event.aggregateType(), event.aggregateId()), false));
            } else if (event.type().equals("ResultRecorded")) {
                byKind.get(Kind.RESULT).add(new Node("result", text(event.payload(), "recordedOn"),
                        AuditPaths.history(event.aggregateType(), event.aggregateId()), false));
            }
        }
        return laidOut(byKind, lineage.truncated());
    }

    private record Node(String type, String detail, String href, boolean subject) {
    }

    private static LineageGraph laidOut(Map<Kind, List<Node>> byKind, boolean truncated) {
        var columns = new ArrayList<Column>();
        int tallest = 0;
        for (var entry : byKind.entrySet()) {
            var nodes = entry.getValue();
            if (nodes.isEmpty()) {
                continue;
            }
            int x = MARGIN + columns.size() * (BOX_WIDTH + COLUMN_GAP);
            var boxes = new ArrayList<Box>();
            for (int row = 0; row < Math.min(nodes.size(), MAX_BOXES); row++) {
                var node = nodes.get(row);
                boxes.add(new Box(entry.getKey(), node.type(), node.detail(), node.href(), node.subject(), x,
                        TOP + row * (BOX_HEIGHT + ROW_GAP)));
            }
            tallest = Math.max(tallest, boxes.size());
            columns.add(new Column(entry.getKey(), x, boxes, nodes.size() - boxes.size()));
        }
        var arrows = new ArrayList<Arrow>();
        for (int i = 0; i + 1 < columns.size(); i++) {
            for (var from : columns.get(i).boxes()) {
                for (var to : columns.get(i + 1).boxes()) {
                    arrows.add(new Arrow(from.x() + BOX_WIDTH, from.y() + BOX_HEIGHT / 2, to.x() - 4,
                            to.y() + BOX_HEIGHT / 2));
                }
            }
        }
        int width = Math.max(1, columns.size()) * (BOX_WIDTH + COLUMN_GAP) - COLUMN_GAP + 2 * MARGIN;
        int height = TOP + Math.max(1, tallest) * (BOX_HEIGHT + ROW_GAP) + MARGIN;
        return new LineageGraph(width, height, columns, arrows, truncated);
    }

    private static Kind kindOf(Lineage.Stream stream) {
        return switch (stream.type()) {
            case "region", "programme", "working-group" -> Kind.ORIGIN;
            case "call" -> Kind.CALL;
            case "project" -> Kind.PROJECT;
            case "target-agreement" -> Kind.TARGET_AGREEMENT;
            default -> stream.relation().equals("upstream") ? Kind.ORIGIN : Kind.OTHER;
        };
    }

    /** The resolutions a selection or a project names: the decisions of this lineage. */
    private static Set<String> decidedResolutions(List<RecordedEvent> timeline) {
        var decided = new HashSet<String>();
        for (var event : timeline) {
            if (event.type().equals("ProposalsSelected") || event.type().equals("ProjectLaunched")) {
                var id = text(event.payload(), "resolutionId");
                if (!id.isEmpty()) {
                    decided.add(id);
                }
            }
        }
        return decided;
    }

    /**
     * The name or title the stream's first event states (a call's, not its proposals' titles), else its id.
     */
    private static String nameOf(Lineage.Stream stream, List<RecordedEvent> timeline) {
        return timeline.stream().filter(event -> event.aggregateId().equals(stream.id())).findFirst()
                .map(first -> text(first.payload(), "name").isEmpty() ? text(first.payload(), "title")
                        : text(first.payload(), "name"))
                .filter(name -> !name.isEmpty()).orElse(stream.id());
    }

    private static String text(JsonNode payload, String field) {
        var value = payload == null ? null : payload.get(field);
        return value != null && value.isString() ? value.asString() : "";
    }
}
