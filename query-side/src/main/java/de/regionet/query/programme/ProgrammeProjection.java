package de.regionet.query.programme;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeAmended;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Projects programme streams into the {@code programmes} read collection, one document per programme. */
@Component
@ProcessingGroup(ProgrammeProjection.NAME)
public class ProgrammeProjection {

    public static final String NAME = "programmes";

    private final VersionedCollection<ProgrammeView> programmes;

    ProgrammeProjection(MongoDatabase database, MeterRegistry meters) {
        this.programmes = VersionedCollection.withRecordHistory(database, NAME, ProgrammeView.class, meters);
    }

    @EventHandler
    void on(ProgrammeLaunched event, @SequenceNumber long version) {
        programmes.create(event.programmeId().value(), version, ProgrammeView.launched(event, version));
    }

    @EventHandler
    void on(ProgrammeAmended event, @SequenceNumber long version) {
        programmes.update(event.programmeId().value(), version, programme -> programme.amended(event, version));
    }

    @ResetHandler
    void reset() {
        programmes.clear();
    }

    public VersionedCollection<ProgrammeView> programmes() {
        return programmes;
    }
}
