package de.regionet.query.workinggroup.priority;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.workinggroup.DecisionEvent.PrioritiesAdopted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.query.workinggroup.priority.PrioritiesView.Adoption;
import de.regionet.query.workinggroup.priority.PrioritiesView.Priority;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Projects the priorities for action working groups adopt into the {@code priorities} read collection, one
 * document per working group, and answers which of them hold on a day.
 */
@Component
@ProcessingGroup(PriorityProjection.NAME)
public class PriorityProjection {

    public static final String NAME = "priorities";

    private final VersionedCollection<PrioritiesView> priorities;

    PriorityProjection(MongoDatabase database, MeterRegistry meters) {
        this.priorities = new VersionedCollection<>(database, NAME, PrioritiesView.class, meters);
    }

    @EventHandler
    void on(WorkingGroupEstablished event, @SequenceNumber long version) {
        var id = event.workingGroupId().value();
        priorities.create(id, version, new PrioritiesView(id, event.regionKey().value(), List.of(), version));
    }

    @EventHandler
    void on(PrioritiesAdopted event, @SequenceNumber long version) {
        var adopted = event.priorities().stream().map(priority -> new Priority(priority.title(),
                priority.fundingAreas().stream().map(FundingArea::value).toList())).toList();
        var adoption = new Adoption(event.resolutionId().value(), event.period().from(), event.period().to(), adopted);
        priorities.update(event.workingGroupId().value(), version, view -> view.with(adoption, version));
    }

    @ResetHandler
    void reset() {
        priorities.clear();
    }

    /** The schedule of a working group's priorities; empty for none or an unknown working group. */
    public PrioritySchedule scheduleOf(String workingGroupId) {
        return workingGroupId == null ? PrioritySchedule.empty() : priorities.find(workingGroupId)
                .map(view -> PrioritySchedule.of(view.adoptions())).orElse(PrioritySchedule.empty());
    }

    /** The priorities of a working group that hold on {@code day}. */
    public List<Priority> currentOf(String workingGroupId, LocalDate day) {
        return scheduleOf(workingGroupId).on(day).map(PrioritySchedule.Entry::priorities).orElse(List.of());
    }

    /**
     * The priorities that hold on {@code day} for each of {@code workingGroupIds} that has any, read with one
     * {@code $in} on {@code _id} rather than one lookup per group (the network overview asks for every region).
     */
    public Map<String, List<Priority>> currentOfAll(Collection<String> workingGroupIds, LocalDate day) {
        if (workingGroupIds.isEmpty()) {
            return Map.of();
        }
        return priorities.where(Filters.in("_id", workingGroupIds)).stream()
                .collect(Collectors.toMap(PrioritiesView::id, view -> PrioritySchedule.of(view.adoptions()).on(day)
                        .map(PrioritySchedule.Entry::priorities).orElse(List.of())));
    }

    public VersionedCollection<PrioritiesView> priorities() {
        return priorities;
    }
}
