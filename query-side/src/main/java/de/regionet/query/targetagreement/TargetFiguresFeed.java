package de.regionet.query.targetagreement;

import de.regionet.kernel.targetagreement.TargetFigure;
import de.regionet.query.live.LiveMessage;
import de.regionet.query.live.LiveTransport;
import de.regionet.query.readmodel.EventPosition;
import de.regionet.query.region.RegionTopics;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.messaging.simp.SimpMessagingTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Tells a region's live topic that an agreement's figures changed because a result was recorded: a
 * {@value #TYPE} message for the agreement, at the result's global position, so a dashboard need not poll.
 * Derived, not stored: a client that missed one reads the agreement again.
 */
final class TargetFiguresFeed {

    static final String TYPE = "TargetFiguresChanged";

    /** The payload: the agreement's figures on {@code asOf}. */
    record TargetFiguresChanged(String agreementId, String regionKey, LocalDate asOf, List<TargetFigure> figures) {
    }

    private final SimpMessagingTemplate broker;

    TargetFiguresFeed(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    void send(TargetAgreementView agreement, List<TargetFigure> figures, LocalDate asOf, EventMessage<?> result,
              TrackingToken token) {
        var position = EventPosition.of(result, token);
        var message = new LiveMessage(TYPE, agreement.id(), agreement.version(), position, result.getTimestamp(),
                agreement.regionKey(), new TargetFiguresChanged(agreement.id(), agreement.regionKey(), asOf, figures),
                null, null);
        Map<String, Object> headers = position == null ? Map.of()
                : Map.of(LiveTransport.POSITION_HEADER, String.valueOf(position));
        broker.convertAndSend(RegionTopics.REGION.route(agreement.regionKey()).destination(), message, headers);
    }
}
