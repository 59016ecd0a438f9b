package de.regionet.query.practice;

import de.regionet.kernel.practice.PracticeEvent.PracticeDescribed;
import de.regionet.kernel.practice.PracticeEvent.PracticeRevised;
import de.regionet.kernel.practice.PracticeEvent.PracticeWithdrawn;
import de.regionet.query.readmodel.EventFold;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;

/** An example's view folded from its own events ({@link EventFold}), as {@link PracticeProjection} builds it. */
public final class PracticeFold implements EventFold<PracticeView> {

    private static final PracticeFold FOLD = new PracticeFold();

    private PracticeFold() {
    }

    /** The example as its events tell it, withdrawn or not. */
    public static PracticeView view(List<? extends DomainEventMessage<?>> events) {
        return FOLD.over(events);
    }

    @Override
    public PracticeView next(PracticeView practice, Object event, long version, Instant at) {
        if (event instanceof PracticeDescribed described) {
            return PracticeView.described(described.practiceId().value(), described.network().value(),
                    described.content(), described.audience(), described.describedOn(), version);
        }
        if (practice == null) {
            return null;
        }
        if (event instanceof PracticeRevised revised) {
            return practice.saying(revised.content(), revised.audience(), revised.revisedOn(), version);
        }
        if (event instanceof PracticeWithdrawn withdrawn) {
            return practice.withdrawn(withdrawn.withdrawnOn(), withdrawn.reason(), version);
        }
        return practice;
    }
}
