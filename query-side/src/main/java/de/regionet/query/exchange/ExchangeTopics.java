package de.regionet.query.exchange;

import de.regionet.kernel.practice.PracticeEvent;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectEvent;
import de.regionet.query.live.LiveTopic;
import de.regionet.query.live.LiveTopics;
import de.regionet.query.live.Subscribers;
import de.regionet.query.result.ResultAudience;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the exchange between networks lists, live: results recorded or widened, examples of good practice described,
 * revised or withdrawn, each on the topics of its audience after the event. {@code /topic/exchange} carries what is
 * shared with the public, {@code /topic/exchange.nation-wide} that and what is shared nation-wide; a signed-in
 * client's subscription to {@code /topic/exchange} is registered at the latter. What a network shares with itself
 * only is on neither (a reader of another network must not get it); its regions' topics carry its results.
 */
@Component
class ExchangeTopics implements LiveTopics {

    static final LiveTopic NATION_WIDE = LiveTopic.of("/topic/exchange.nation-wide", Subscribers.SIGNED_IN);
    static final LiveTopic EXCHANGE = LiveTopic.of("/topic/exchange", Subscribers.ANYONE)
            .signedInReadersGet(NATION_WIDE);

    @Override
    public List<LiveTopic> topics() {
        return List.of(EXCHANGE, NATION_WIDE);
    }

    @Override
    public List<LiveTopic.Route> routes(Object payload, Map<String, ?> metaData) {
        var audience = audienceOf(payload, metaData);
        var routes = new ArrayList<LiveTopic.Route>();
        if (audience != null && ResultAudience.reachesThePublic(audience)) {
            routes.add(EXCHANGE.route());
        }
        if (audience != null && ResultAudience.reachesEverySignedInReader(audience)) {
            routes.add(NATION_WIDE.route());
        }
        return routes;
    }

    /** Whom the event's item is shared with after it; {@code null} for an event the exchange does not list. */
    private static Audience audienceOf(Object payload, Map<String, ?> metaData) {
        if (payload instanceof ProjectEvent.ResultRecorded recorded) {
            return recorded.audience();
        }
        if (payload instanceof ProjectEvent.ResultShared shared) {
            return shared.audience();
        }
        if (payload instanceof PracticeEvent.PracticeDescribed described) {
            return described.audience();
        }
        if (payload instanceof PracticeEvent.PracticeRevised revised) {
            return revised.audience();
        }
        if (payload instanceof PracticeEvent.PracticeWithdrawn
                && metaData.get(de.regionet.kernel.EventMetaData.AUDIENCE) instanceof String name) {
            return java.util.Arrays.stream(Audience.values()).filter(known -> known.name().equals(name)).findFirst()
                    .orElse(null);
        }
        return null;
    }
}
