package de.regionet.query.call;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.call.CallEvent;
import de.regionet.kernel.call.CallEvent.CallOpened;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Projects call streams into the {@code calls} read collection, one document per call with its proposals. */
@Component
@ProcessingGroup(CallProjection.NAME)
public class CallProjection {

    public static final String NAME = "calls";

    private final VersionedCollection<CallView> calls;

    CallProjection(MongoDatabase database, MeterRegistry meters) {
        this.calls = VersionedCollection.withRecordHistory(database, NAME, CallView.class, meters);
    }

    @EventHandler
    void on(CallOpened event, @SequenceNumber long version) {
        calls.create(event.callId().value(), version, CallFold.FOLD.next(null, event, version, null));
    }

    /** Every later fact of a call goes through the transitions the audit folds with too ({@link CallFold}). */
    @EventHandler
    void on(CallEvent event, @SequenceNumber long version) {
        calls.update(event.callId().value(), version, call -> CallFold.FOLD.next(call, event, version, null));
    }

    @ResetHandler
    void reset() {
        calls.clear();
    }

    public VersionedCollection<CallView> calls() {
        return calls;
    }
}
