package de.regionet.query.programme;

import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeAmended;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;
import de.regionet.query.readmodel.EventFold;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme's view folded from its own events ({@link EventFold}), as {@link ProgrammeProjection} builds it, and
 * answered as {@code GET /api/programmes/{id}} answers: {@link ProgrammeAsOf} of one day.
 */
public final class ProgrammeFold implements EventFold<ProgrammeView> {

    private static final ProgrammeFold FOLD = new ProgrammeFold();

    private ProgrammeFold() {
    }

    /** The programme as its events tell it, with the funding areas it had on {@code day}. */
    public static ProgrammeAsOf view(List<? extends DomainEventMessage<?>> events, LocalDate day) {
        var programme = FOLD.over(events);
        return programme == null ? null : ProgrammeAsOf.of(programme, day);
    }

    @Override
    public ProgrammeView next(ProgrammeView programme, Object event, long version, Instant at) {
        if (event instanceof ProgrammeLaunched launched) {
            return ProgrammeView.launched(launched, version);
        }
        if (programme != null && event instanceof ProgrammeAmended amended) {
            return programme.amended(amended, version);
        }
        return programme;
    }
}
