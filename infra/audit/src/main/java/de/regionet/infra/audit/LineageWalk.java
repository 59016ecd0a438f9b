package de.regionet.infra.audit;

import de.regionet.infra.audit.LineageIndex.Stream;
import de.regionet.infra.eventstore.EventLog;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.AuditScope;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Walks from one aggregate to the aggregates its history is tied to and answers them as one timeline. Two streams
 * are tied when an event of one names the other's id (a domain reference, either way round) or when both have
 * events of the same request (correlation id). Of two tied streams the one that began earlier in the store is
 * upstream: a working group is downstream of its region, its resolutions downstream of it. The walk goes upstream
 * only through earlier streams and downstream only through later ones, so it follows the chain (need → priority →
 * call → proposal → resolution → project → results → review) without spreading sideways; it stops at
 * {@link #MAX_STREAMS} streams and says so. It walks only through streams of the reader's networks (a stream of
 * another network is, to the reader, none; the audit log's day streams only for a reader of everything).
 */
class LineageWalk {

    static final int MAX_STREAMS = 200;

    private final AggregateTypes types;
    private final EventLog log;
    private final LineageIndex index;
    private final int window;
    private final PrincipalNames names;
    private final StreamNetworks networks;

    LineageWalk(AggregateTypes types, EventLog log, LineageIndex index, int window, PrincipalNames names,
                StreamNetworks networks) {
        this.types = types;
        this.log = log;
        this.index = index;
        this.window = window;
        this.names = names;
        this.networks = networks;
    }

    private static final class Node {
        final Stream stream;
        final List<EventLog.Entry> events;
        final String relation;
        final List<Lineage.Tie> reachedBy = new ArrayList<>();

        Node(Stream stream, List<EventLog.Entry> events, String relation) {
            this.stream = stream;
            this.events = events;
            this.relation = relation;
        }

        long firstPosition() {
            return events.get(0).position();
        }
    }

    public Lineage walk(String typeName, String id, AuditScope scope) {
        var type = types.named(typeName);
        var events = readable(new Stream(type.storedName(), id), scope) ? log.stream(id, window)
                : List.<EventLog.Entry>of();
        if (events.isEmpty() || !type.storedName().equals(events.get(0).content().aggregateType())) {
            throw Rejection.notFound("no " + type.name() + " " + id + " in the event store");
        }
        var nodes = new LinkedHashMap<String, Node>();
        var subject = new Node(new Stream(type.storedName(), id), events, "subject");
        nodes.put(id, subject);
        boolean truncated = follow(subject, "upstream", nodes, scope) | follow(subject, "downstream", nodes, scope);
        var streams = nodes.values().stream()
                .sorted(Comparator.comparingLong(Node::firstPosition))
                .map(node -> new Lineage.Stream(AggregateTypes.kebab(node.stream.type()), node.stream.id(),
                        node.relation, node.firstPosition(), List.copyOf(node.reachedBy)))
                .toList();
        var principals = names.forOneAnswer();
        var timeline = nodes.values().stream().flatMap(node -> node.events.stream())
                .sorted(Comparator.comparingLong(EventLog.Entry::position))
                .map(entry -> RecordedEvent.of(entry, principals)).toList();
        return new Lineage(type.name(), id, streams, timeline, truncated);
    }

    /** Breadth first, in one direction; true if it stopped at the limit. */
    private boolean follow(Node start, String direction, Map<String, Node> nodes, AuditScope scope) {
        boolean upstream = direction.equals("upstream");
        var queue = new ArrayDeque<Node>(List.of(start));
        while (!queue.isEmpty()) {
            var node = queue.poll();
            for (var tie : ties(node).entrySet()) {
                var known = nodes.get(tie.getKey().id());
                if (known != null) {
                    if (known != node && !known.reachedBy.contains(tie.getValue()) && known != start
                            && known.relation.equals(direction)) {
                        known.reachedBy.add(tie.getValue());
                    }
                    continue;
                }
                if (!readable(tie.getKey(), scope)) {
                    continue;
                }
                var events = log.stream(tie.getKey().id(), window);
                if (events.isEmpty()) {
                    continue;
                }
                boolean earlier = events.get(0).position() < node.firstPosition();
                if (earlier != upstream) {
                    continue;
                }
                if (nodes.size() >= MAX_STREAMS) {
                    return true;
                }
                var next = new Node(tie.getKey(), events, direction);
                next.reachedBy.add(tie.getValue());
                nodes.put(tie.getKey().id(), next);
                queue.add(next);
            }
        }
        return false;
    }

    private boolean readable(Stream stream, AuditScope scope) {
        return scope.everything() || !StreamNetworks.AUDIT_LOG.equals(stream.type())
                && scope.reads(networks.ofStream(stream.id()));
    }

    /** The streams tied to this one, each with the first tie found. */
    private Map<Stream, Lineage.Tie> ties(Node node) {
        var ties = new LinkedHashMap<Stream, Lineage.Tie>();
        var fromType = AggregateTypes.kebab(node.stream.type());
        var fromId = node.stream.id();
        var correlations = new LinkedHashSet<String>();
        for (var entry : node.events) {
            for (var named : index.references(RecordedEvent.parse(entry.content().payload()), fromId)) {
                ties.putIfAbsent(named, new Lineage.Tie(fromType, fromId, "names"));
            }
            var correlationId = EventMetaData.text(RecordedEvent.metaDataOf(entry.content().metaData()),
                    EventMetaData.CORRELATION_ID);
            if (correlationId != null) {
                correlations.add(correlationId);
            }
        }
        for (var naming : index.referencing(fromId)) {
            ties.putIfAbsent(naming, new Lineage.Tie(fromType, fromId, "named by"));
        }
        for (var correlationId : correlations) {
            for (var sameRequest : index.inRequest(correlationId)) {
                ties.putIfAbsent(sameRequest, new Lineage.Tie(fromType, fromId, "same request"));
            }
        }
        ties.keySet().removeIf(stream -> Objects.equals(stream.id(), fromId));
        return ties;
    }
}
