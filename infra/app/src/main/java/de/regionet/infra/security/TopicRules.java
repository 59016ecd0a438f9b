package de.regionet.infra.security;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.live.LiveFeed;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Who may subscribe to which live topic: the one table, extended by each feature that publishes a topic. A
 * destination matches a row only exactly (a broker pattern such as {@code /topic/**} matches none), and a
 * destination no row matches is refused to everyone.
 */
final class TopicRules {

    /**
     * One row: a destination, where {@code {region}} stands for a region key, and who may read it
     * (the actor is empty for anonymous clients; the region key is {@code null} for destinations without one).
     */
    record Rule(String destination, BiPredicate<Optional<Actor>, RegionKey> readers) {

        private static final String REGION = "{region}";

        Optional<RegionKey> match(String candidate) {
            if (!destination.contains(REGION)) {
                return destination.equals(candidate) ? Optional.of(NO_REGION) : Optional.empty();
            }
            var pattern = Pattern.compile(Pattern.quote(destination).replace(REGION, "\\E(\\d{5})\\Q"));
            var matcher = pattern.matcher(candidate);
            return matcher.matches() ? Optional.of(new RegionKey(matcher.group(1))) : Optional.empty();
        }
    }

    private static final RegionKey NO_REGION = new RegionKey("00000");

    static final List<Rule> RULES = List.of(
            new Rule("/topic/news", (actor, region) -> true),
            new Rule("/topic/network-events", (actor, region) -> true),
            new Rule(LiveFeed.RESULTS_TOPIC, (actor, region) -> true),
            new Rule(LiveFeed.NETWORK_RESULTS_TOPIC, (actor, region) -> actor.isPresent()),
            new Rule(LiveFeed.AGREEMENTS_TOPIC, (actor, region) -> actor.isPresent()),
            new Rule(LiveFeed.AUDIT_TOPIC, (actor, region) -> has(actor, Role.AUDITOR, Role.NETWORK_OFFICE)),
            new Rule(LiveFeed.NETWORK_ACTIVITY_TOPIC, (actor, region) -> has(actor, Role.NETWORK_OFFICE, Role.AUDITOR)),
            new Rule(LiveFeed.REGION_TOPIC_PREFIX + "{region}",
                    (actor, region) -> actor.filter(reader -> reader.mayRead(region)).isPresent()));

    private TopicRules() {
    }

    static boolean mayRead(Optional<Actor> actor, String destination) {
        if (destination == null) {
            return false;
        }
        for (var rule : RULES) {
            var match = rule.match(destination);
            if (match.isPresent()) {
                return rule.readers().test(actor, match.get() == NO_REGION ? null : match.get());
            }
        }
        return false;
    }

    /**
     * Where a subscription is registered: a topic that carries what each audience may see is one destination per
     * audience behind one name. A signed-in client's {@code /topic/results} is the network's results (shared with
     * the network and public ones); an anonymous client's is the public results only.
     */
    static String audienceDestination(Optional<Actor> actor, String destination) {
        return actor.isPresent() && LiveFeed.RESULTS_TOPIC.equals(destination) ? LiveFeed.NETWORK_RESULTS_TOPIC
                : destination;
    }

    private static boolean has(Optional<Actor> actor, Role... roles) {
        return actor.filter(reader -> reader.hasAny(roles)).isPresent();
    }
}
