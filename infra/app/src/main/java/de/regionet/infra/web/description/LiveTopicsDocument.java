package de.regionet.infra.web.description;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.live.LiveRouting;
import de.regionet.query.live.LiveTopic;
import de.regionet.query.live.Subscribers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The live topics as an AsyncAPI 3.0 document at {@code GET /asyncapi.json} (README "API description"), generated
 * from the features' own declarations ({@link LiveRouting#topics()}, the same ones {@code TopicRules} authorises
 * subscriptions by): each topic with its message ({@code LiveMessage} and the STOMP headers), who may subscribe,
 * whether it is confined per network, how to resume with {@code x-from-position}, and the {@code ERROR} answers.
 * Public, like the OpenAPI document. (Springwolf, which could generate it, has no release for Spring Boot 4.)
 */
@RestController
class LiveTopicsDocument {

    static final String PATH = "/asyncapi.json";
    private static final String TOPIC = "/topic/";

    private final LiveRouting routing;
    private final String version;

    LiveTopicsDocument(LiveRouting routing, ObjectProvider<BuildProperties> build) {
        this.routing = routing;
        this.version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @ReadableBy(ReadableBy.Audience.PUBLIC)
    Map<String, Object> document() {
        var channels = new TreeMap<String, Object>();
        var operations = new TreeMap<String, Object>();
        for (var topic : routing.topics()) {
            var id = channelId(topic);
            channels.put(id, channel(topic));
            operations.put("send-" + id, operation(id, topic));
        }
        var document = new LinkedHashMap<String, Object>();
        document.put("asyncapi", "3.0.0");
        document.put("info", Map.of("title", "RegioNet live topics", "version", version, "description", DESCRIPTION));
        document.put("defaultContentType", MediaType.APPLICATION_JSON_VALUE);
        document.put("servers", Map.of("regionet", server()));
        document.put("channels", channels);
        document.put("operations", operations);
        document.put("components", components());
        return document;
    }

    /** {@code /topic/regions.{region}} → {@code regions-region}. */
    static String channelId(LiveTopic topic) {
        return topic.destination().substring(TOPIC.length()).replace(LiveTopic.REGION, "region")
                .replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static Map<String, Object> server() {
        var server = new LinkedHashMap<String, Object>();
        server.put("host", "{host}");
        server.put("pathname", "/ws");
        server.put("protocol", "ws");
        server.put("description", "STOMP 1.2 over WebSocket (wss behind TLS). CONNECT may carry `Authorization: "
                + "Bearer <token>` (a token of `POST /api/auth/token` or of the identity provider); without it the "
                + "client reads as anonymous. An invalid token is answered with an ERROR frame. Heartbeats every "
                + "10 s as far as the client agrees. Clients only listen: SEND is refused.");
        server.put("variables", Map.of("host", Map.of("default", "localhost:8080",
                "description", "host and port of this installation")));
        server.put("security", List.of(Map.of("$ref", "#/components/securitySchemes/bearerAuth")));
        return server;
    }

    private static Map<String, Object> channel(LiveTopic topic) {
        var channel = new LinkedHashMap<String, Object>();
        channel.put("address", topic.destination());
        channel.put("description", channelDescription(topic));
        if (topic.destination().contains(LiveTopic.REGION)) {
            channel.put("parameters", Map.of("region", Map.of("description", "the region's official key (AGS, "
                    + "e.g. 15082) or a labour-market region's id (e.g. 05-westfaelisches-ruhrgebiet)",
                    "examples", List.of("15082"))));
        }
        var message = topic.namesOrigin() ? "liveMessageWithOrigin" : "liveMessage";
        channel.put("messages", Map.of(message, Map.of("$ref", "#/components/messages/" + message)));
        channel.put("x-subscribers", topic.subscribers().name());
        channel.put("x-per-network", topic.confinedPerNetwork());
        channel.put("x-names-origin", topic.namesOrigin());
        if (!topic.signedInDestination().equals(topic.destination())) {
            channel.put("x-signed-in-readers-registered-at", topic.signedInDestination());
        }
        return channel;
    }

    private static String channelDescription(LiveTopic topic) {
        var text = new StringBuilder("Who may subscribe: ").append(subscribers(topic.subscribers()));
        if (topic.confinedPerNetwork()) {
            text.append(" Confined per network: each subscriber receives the events of the networks whose history "
                    + "it reads (the operator all of them); the STOMP header `x-networks` names the event's "
                    + "networks, and `x-previous-position` is the previous message of this subscription.");
        }
        if (!topic.signedInDestination().equals(topic.destination())) {
            text.append(" One name for every audience: a signed-in reader's subscription is registered at `")
                    .append(topic.signedInDestination()).append("`, so it receives what its audience may see; no "
                            + "client names that destination itself.");
        }
        if (topic.namesOrigin()) {
            text.append(" Its messages also name who caused the event (`principal`, a pseudonym) and in which "
                    + "request (`correlationId`).");
        }
        return text.toString();
    }

    private static String subscribers(Subscribers subscribers) {
        return switch (subscribers) {
            case ANYONE -> "anyone, signed in or not.";
            case SIGNED_IN -> "every signed-in reader, whatever the role.";
            case READERS_OF_THE_REGION -> "who may read the region the destination names: the network office, "
                    + "auditors, the region's coordination.";
            case AUDIT_READERS -> "who reads the audit trail: the network office and auditors (of their networks' "
                    + "history) and the operator.";
            case NETWORK_OFFICE_AND_AUDITORS -> "the network office and auditors.";
        };
    }

    private static Map<String, Object> operation(String channelId, LiveTopic topic) {
        var operation = new LinkedHashMap<String, Object>();
        operation.put("action", "send");
        operation.put("channel", Map.of("$ref", "#/channels/" + channelId));
        operation.put("summary", "RegioNet pushes each stored event this topic carries, in position order.");
        operation.put("description", RESUMING);
        operation.put("x-subscribe-headers", Map.of("x-from-position", Map.of("type", "string",
                "pattern", "^[0-9]+$", "description", "the last position the client got: it first receives every "
                        + "message of the topic after it, in order, then the live ones")));
        operation.put("x-errors", Map.of("$ref", "#/components/x-errors"));
        if (topic.subscribers() != Subscribers.ANYONE) {
            operation.put("security", List.of(Map.of("$ref", "#/components/securitySchemes/bearerAuth")));
        }
        return operation;
    }

    private static Map<String, Object> components() {
        var components = new LinkedHashMap<String, Object>();
        components.put("securitySchemes", Map.of("bearerAuth", Map.of("type", "http", "scheme", "bearer",
                "bearerFormat", "JWT", "description", "`Authorization: Bearer <token>` in the CONNECT frame")));
        components.put("messages", new TreeMap<>(Map.of(
                "liveMessage", message("One stored event, summarised.", false),
                "liveMessageWithOrigin", message("One stored event, summarised, naming who caused it.", true),
                "error", Map.of("name", "ERROR", "title", "STOMP ERROR frame",
                        "summary", "A refusal: its `message` header says why; the connection then closes.",
                        "headers", Map.of("type", "object", "properties", Map.of("message", Map.of("type",
                                "string")))))));
        components.put("schemas", Map.of("LiveMessage", liveMessage(), "LiveMessageHeaders", headers()));
        components.put("x-errors", errors());
        return components;
    }

    private static Map<String, Object> message(String summary, boolean origin) {
        var message = new LinkedHashMap<String, Object>();
        message.put("name", origin ? "LiveMessageWithOrigin" : "LiveMessage");
        message.put("summary", summary);
        message.put("contentType", MediaType.APPLICATION_JSON_VALUE);
        message.put("headers", Map.of("$ref", "#/components/schemas/LiveMessageHeaders"));
        message.put("payload", Map.of("$ref", "#/components/schemas/LiveMessage"));
        message.put("examples", List.of(Map.of("name", "resultRecorded", "headers",
                Map.of("x-position", "4711", "x-previous-position", "4702"), "payload", example(origin))));
        return message;
    }

    private static Map<String, Object> example(boolean origin) {
        var example = new LinkedHashMap<String, Object>();
        example.put("type", "ResultRecorded");
        example.put("aggregateId", "2d7f3c1a-8b4e-4f60-9c2d-5e1a7b3f9c08");
        example.put("version", 4);
        example.put("position", 4711);
        example.put("time", "2026-07-02T09:15:00Z");
        example.put("regionKey", "15082");
        example.put("payload", Map.of("periodFrom", "2026-01-01", "periodTo", "2026-06-30",
                "indicators", Map.of("PARTICIPANTS", 42), "audience", "PUBLIC"));
        example.put("principal", origin ? "p-8c41e2" : null);
        example.put("correlationId", origin ? "0b7e5f8a-1c2d-4e3f-9a8b-7c6d5e4f3a2b" : null);
        return example;
    }

    private static Map<String, Object> liveMessage() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("type", property("string", "the event's type, e.g. NewsPublished"));
        properties.put("aggregateId", property(List.of("string", "null"), "the aggregate the event belongs to"));
        properties.put("version", property("integer", "the aggregate's version after the event"));
        properties.put("position", property(List.of("integer", "null"), "the event's global position; none on "
                + "messages that are no event (a read-model rebuild's progress on /topic/audit)"));
        properties.put("time", Map.of("type", "string", "format", "date-time", "description", "when the event "
                + "was recorded"));
        properties.put("regionKey", property(List.of("string", "null"), "the region the event concerns, if any"));
        properties.put("payload", Map.of("type", "object", "description", "the event itself, personal data left "
                + "out"));
        properties.put("principal", property(List.of("string", "null"), "who caused the event, as pseudonym "
                + "(topics naming the origin only; else null)"));
        properties.put("correlationId", property(List.of("string", "null"), "the request that caused the event "
                + "(topics naming the origin only; else null)"));
        return Map.of("type", "object", "properties", properties,
                "required", List.of("type", "version", "time", "payload"));
    }

    private static Map<String, Object> headers() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("x-position", property("string", "the event's global position (digits)"));
        properties.put("x-previous-position", property("string", "the position of the message before it on the "
                + "same destination (on a topic confined per network: of this subscription); absent on the first "
                + "message a node sends after it started and on the first one a resumption replays. Greater than "
                + "the last position the client got: it missed a message, and subscribes again with "
                + "x-from-position."));
        properties.put("x-networks", property("string", "the event's networks, on topics confined per network"));
        return Map.of("type", "object", "properties", properties);
    }

    private static Map<String, Object> property(Object type, String description) {
        return Map.of("type", type, "description", description);
    }

    private static List<Map<String, String>> errors() {
        return List.of(
                Map.of("when", "CONNECT", "answer", "ERROR: the token is invalid or expired"),
                Map.of("when", "SUBSCRIBE", "answer", "ERROR: the reader may not read the destination, or no "
                        + "feature declares it (a broker pattern such as /topic/** is none)"),
                Map.of("when", "SUBSCRIBE with x-from-position", "answer", "ERROR: the value is no number, lies "
                        + "beyond the newest event, or before the replay window (regionet.live.replay-window, "
                        + "10,000 events): read the current state over HTTP and subscribe without the header"),
                Map.of("when", "SEND", "answer", "ERROR: clients only listen"),
                Map.of("when", "the session's token expires", "answer", "ERROR, then the connection closes: "
                        + "reconnect with a new token and resume with x-from-position"),
                Map.of("when", "a slow consumer (more than regionet.live.client-backlog waiting)", "answer",
                        "WebSocket close 1008 with the reason `too slow: resume with x-from-position <N>`"));
    }

    private static final String RESUMING = "A client remembers the last `x-position` it got. When it reconnects, "
            + "or sees an `x-previous-position` greater than that, it subscribes again with the header "
            + "`x-from-position` set to that position: it first gets every message of the topic after it, in order, "
            + "then the live ones, none missing and none twice.";

    private static final String DESCRIPTION = "The STOMP topics of RegioNet: each carries a summary of every "
            + "stored event it is declared for, in position order. Who may subscribe is decided at SUBSCRIBE, by the "
            + "same declarations this document is generated from. What each topic carries: README \"Live feeds\"; "
            + "the delivery and slow-consumer policy: docs/live-feeds.md. The HTTP API: /v3/api-docs.";
}
