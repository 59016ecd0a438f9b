package de.regionet.infra.security;

import de.regionet.kernel.access.Actor;
import de.regionet.query.live.LiveTopic;
import de.regionet.query.live.LiveTopics;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who may subscribe to which live topic, as the features declare it ({@link LiveTopics}): a destination is one
 * feature's topic only exactly (a broker pattern such as {@code /topic/**} is none), and a destination no feature
 * declares is refused to everyone.
 */
@Component
final class TopicRules {

    private final List<LiveTopic> topics;

    TopicRules(List<LiveTopics> declarations) {
        this.topics = declarations.stream().flatMap(declaration -> declaration.topics().stream()).toList();
    }

    /** Whether the reader (empty: anonymous) may subscribe to the destination. */
    boolean mayRead(Optional<Actor> actor, String destination) {
        return topic(destination).filter(topic -> topic.admits(actor, destination)).isPresent();
    }

    /**
     * Where a subscription is registered: a topic that carries what each audience may see is one destination per
     * audience behind one name (a signed-in client's {@code /topic/results} is the network's results).
     */
    String audienceDestination(Optional<Actor> actor, String destination) {
        return topic(destination).map(topic -> topic.registeredFor(actor, destination)).orElse(destination);
    }

    private Optional<LiveTopic> topic(String destination) {
        return destination == null ? Optional.empty()
                : topics.stream().filter(topic -> topic.matches(destination)).findFirst();
    }
}
