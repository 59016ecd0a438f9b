package de.regionet.infra;

import de.regionet.infra.audit.ReadableStates;
import de.regionet.query.agreement.AgreementFold;
import de.regionet.query.call.CallFold;
import de.regionet.query.networkevent.NetworkEventFold;
import de.regionet.query.news.NewsFold;
import de.regionet.query.planning.PlanningDocumentFold;
import de.regionet.query.practice.PracticeFold;
import de.regionet.query.programme.ProgrammeFold;
import de.regionet.query.project.ProjectFold;
import de.regionet.query.region.RegionFold;
import de.regionet.query.targetagreement.TargetAgreementFold;
import de.regionet.query.workinggroup.WorkingGroupFold;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The audit's port to the read side ({@link ReadableStates}): each aggregate type's events folded into the view a
 * person reads of it, through the read models' own transitions. The audit log has no such view and shows its
 * events. A view that always answers for one day (agreements, programmes, planning documents) answers for today
 * where no day was asked; the others then answer as recorded.
 */
final class ReadableAuditStates implements ReadableStates {

    private interface View {
        Object of(List<DomainEventMessage<?>> events, LocalDate asOf, LocalDate today);
    }

    private static final Map<String, View> VIEWS = Map.ofEntries(
            Map.entry("region", (events, asOf, today) -> RegionFold.view(events)),
            Map.entry("working-group", (events, asOf, today) -> WorkingGroupFold.view(events, asOf)),
            Map.entry("cooperation-agreement", (events, asOf, today) -> AgreementFold.view(events,
                    asOf != null ? asOf : today)),
            Map.entry("programme", (events, asOf, today) -> ProgrammeFold.view(events, asOf != null ? asOf : today)),
            Map.entry("target-agreement", (events, asOf, today) -> TargetAgreementFold.view(events)),
            Map.entry("call", (events, asOf, today) -> CallFold.view(events)),
            Map.entry("project", (events, asOf, today) -> ProjectFold.view(events)),
            Map.entry("news-article", (events, asOf, today) -> NewsFold.view(events)),
            Map.entry("network-event", (events, asOf, today) -> NetworkEventFold.view(events)),
            Map.entry("planning-document", (events, asOf, today) -> PlanningDocumentFold.view(events,
                    asOf != null ? asOf : today)),
            Map.entry("practice", (events, asOf, today) -> PracticeFold.view(events)));

    @Override
    public Object view(String type, List<DomainEventMessage<?>> events, LocalDate asOf, LocalDate today) {
        var view = VIEWS.get(type);
        return view == null ? null : view.of(events, asOf, today);
    }
}
