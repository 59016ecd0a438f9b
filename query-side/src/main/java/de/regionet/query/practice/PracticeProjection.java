package de.regionet.query.practice;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.practice.PracticeEvent.PracticeDescribed;
import de.regionet.kernel.practice.PracticeEvent.PracticeRevised;
import de.regionet.kernel.practice.PracticeEvent.PracticeWithdrawn;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Projects the examples of good practice into the {@code practices} read collection, rendering each summary once. */
@Component
@ProcessingGroup(PracticeProjection.NAME)
public class PracticeProjection {

    public static final String NAME = "practices";

    private final VersionedCollection<PracticeView> practices;

    PracticeProjection(MongoDatabase database, MeterRegistry meters) {
        this.practices = new VersionedCollection<>(database, NAME, PracticeView.class, meters);
    }

    @EventHandler
    void on(PracticeDescribed event, @SequenceNumber long version) {
        var id = event.practiceId().value();
        practices.create(id, version, PracticeView.described(id, event.network().value(), event.content(),
                event.audience(), event.describedOn(), version));
    }

    @EventHandler
    void on(PracticeRevised event, @SequenceNumber long version) {
        practices.update(event.practiceId().value(), version, practice -> practice.saying(event.content(),
                event.audience(), event.revisedOn(), version));
    }

    @EventHandler
    void on(PracticeWithdrawn event, @SequenceNumber long version) {
        practices.update(event.practiceId().value(), version, practice -> practice.withdrawn(event.withdrawnOn(),
                event.reason(), version));
    }

    @ResetHandler
    void reset() {
        practices.clear();
    }

    /** Every example described, withdrawn ones included. */
    public VersionedCollection<PracticeView> practices() {
        return practices;
    }
}
