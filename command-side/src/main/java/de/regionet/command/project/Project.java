package de.regionet.command.project;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.command.access.RegionScope;
import de.regionet.command.programme.Programmes;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.project.ProjectCommand;
import de.regionet.kernel.project.ProjectCommand.CompleteProject;
import de.regionet.kernel.project.ProjectCommand.RecordProjectSelectedBeforeRegioNet;
import de.regionet.kernel.project.ProjectCommand.RecordResult;
import de.regionet.kernel.project.ProjectCommand.ShareResult;
import de.regionet.kernel.project.ProjectEvent.ProjectCompleted;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectEvent.ResultShared;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectEvent.SelectedBeforeRegioNet;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static de.regionet.command.stream.EventContext.inRegion;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A funded project: launched when the working group selected its proposal, it records results for reporting periods
 * (a correction is a result of its own that replaces an earlier one, which stays in the history) until it is
 * completed with its final report. Its sponsor reports; the region's coordination may on its behalf. A result may
 * be shared wider later, also after the project was completed (its results are what other networks learn from).
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
// revision 2: each result's audience, which sharing widens; snapshots of older revisions are ignored
@Revision("2")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Project {

    @AggregateIdentifier
    private ProjectId id;
    // not final: a snapshot is read back into these fields
    private RegionKey regionKey;
    private String sponsor;
    private LocalDate launchedOn;
    private LocalDate completedOn;
    /** Every result by id, with the id of the result that corrected it ({@code null} while it is current). */
    private Map<ResultId, ResultId> results = new HashMap<>();
    /** Whom each result is shared with now. */
    private Map<ResultId, Audience> audiences = new HashMap<>();

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected Project() {
    }

    /** Launched by the selection of its proposal (see {@code Call}). */
    public Project(ProjectLaunched launched) {
        apply(launched, inRegion(launched.regionKey()));
    }

    /**
     * A project selected before RegioNet: judged as of its selection day (the funding area open in the programme
     * then), launched on or after it, neither in the future.
     */
    @CommandHandler
    Project(RecordProjectSelectedBeforeRegioNet command, MetaData metaData, Programmes programmes,
            IndicatorCatalogue indicators) {
        RegionScope.check(metaData, command.regionKey());
        var today = NetworkTime.dayOf(GenericEventMessage.clock.instant());
        if (command.launchedOn().isAfter(today)) {
            throw Rejection.invalid("launchedOn", "a project recorded as selected before RegioNet has been launched; "
                    + command.launchedOn() + " is in the future");
        }
        if (command.launchedOn().isBefore(command.selectedOn())) {
            throw Rejection.invalid("launchedOn", "the project was selected on " + command.selectedOn()
                    + " and cannot be launched before (" + command.launchedOn() + ")");
        }
        var areas = programmes.areas(command.programmeId()).orElseThrow(() -> Rejection.invalid("programmeId",
                "no programme " + command.programmeId()));
        if (!areas.offers(command.fundingArea(), command.selectedOn())) {
            throw Rejection.invalid("fundingArea", "the programme had no funding area " + command.fundingArea()
                    + " on " + command.selectedOn() + ", when the project was selected");
        }
        indicators.check(command.plannedIndicators(), "plannedIndicators");
        apply(new ProjectLaunched(command.projectId(), null, null, null, command.regionKey(), command.programmeId(),
                command.fundingArea(), command.sponsor(), command.title(), command.summary(), command.grant(),
                command.durationMonths(), command.plannedIndicators(), command.launchedOn(),
                new SelectedBeforeRegioNet(command.selectedBy(), command.selectedOn())),
                inRegion(command.regionKey()));
    }

    @CommandHandlerInterceptor
    Object checkSenderAndVersion(ProjectCommand command, MetaData metaData, InterceptorChain chain) throws Exception {
        RegionScope.checkSponsor(metaData, regionKey, sponsor);
        ExpectedVersion.check(command.expectedVersion());
        return chain.proceed();
    }

    @CommandHandler
    long handle(RecordResult command, IndicatorCatalogue indicators) {
        requireRunning("records no more results");
        if (results.containsKey(command.resultId())) {
            throw Rejection.conflict("result id " + command.resultId() + " is already taken in this project");
        }
        if (launchedOn != null && command.recordedOn().isBefore(launchedOn)) {
            throw Rejection.invalid("recordedOn", "the project was launched on " + launchedOn
                    + "; it reports no results before (" + command.recordedOn() + ")");
        }
        if (command.period().from().isAfter(command.recordedOn())) {
            throw Rejection.invalid("periodFrom", "a result reports a period that has begun; " + command.period().from()
                    + " is after " + command.recordedOn());
        }
        var corrected = command.corrects();
        if (corrected != null) {
            if (!results.containsKey(corrected)) {
                throw Rejection.invalid("corrects", "no result " + corrected + " in this project to correct");
            }
            if (results.get(corrected) != null) {
                throw Rejection.conflict("result " + corrected + " was already corrected by " + results.get(corrected)
                        + "; correct that one instead");
            }
        }
        indicators.check(command.indicators(), "indicators");
        apply(new ResultRecorded(id, command.resultId(), command.period(), command.indicators(), command.narrative(),
                command.attachments(), command.audience(), corrected, command.recordedOn()),
                inRegion(regionKey).and(EventMetaData.AUDIENCE, command.audience().name()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Shares a current result wider, by the network office of the project's network or its region's coordination
     * (not by the sponsor alone: sharing beyond the region is the region's word). Only widens.
     */
    @CommandHandler
    long handle(ShareResult command, MetaData metaData) {
        RegionScope.check(metaData, regionKey);
        var result = command.resultId();
        if (!results.containsKey(result)) {
            throw Rejection.notFound("no result " + result + " in project " + id);
        }
        if (results.get(result) != null) {
            throw Rejection.conflict("result " + result + " was corrected by " + results.get(result)
                    + "; share that one instead");
        }
        var now = audiences.get(result);
        if (!command.audience().widerThan(now)) {
            throw Rejection.conflict("result " + result + " is shared with " + now + " already; sharing only widens "
                    + "its audience (" + String.join(" < ", java.util.Arrays.stream(Audience.values())
                    .map(Audience::name).toList()) + "): to narrow it, record a correction with the narrower audience");
        }
        if (command.sharedOn().isBefore(launchedOn)) {
            throw Rejection.invalid("sharedOn", "the project was launched on " + launchedOn
                    + "; it shares no result before (" + command.sharedOn() + ")");
        }
        apply(new ResultShared(id, result, command.audience(), command.sharedOn()),
                inRegion(regionKey).and(EventMetaData.AUDIENCE, command.audience().name()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CompleteProject command) {
        requireRunning("cannot be completed again");
        if (command.completedOn().isBefore(launchedOn)) {
            throw Rejection.invalid("completedOn", "the project was launched on " + launchedOn
                    + " and cannot be completed before");
        }
        apply(new ProjectCompleted(id, command.completedOn(), command.finalReport(), command.attachments()),
                inRegion(regionKey));
        return AggregateLifecycle.getVersion();
    }

    private void requireRunning(String what) {
        if (completedOn != null) {
            throw Rejection.conflict("the project was completed on " + completedOn + " and " + what);
        }
    }

    @EventSourcingHandler
    void on(ProjectLaunched event) {
        id = event.projectId();
        regionKey = event.regionKey();
        sponsor = event.sponsor();
        launchedOn = event.launchedOn();
    }

    @EventSourcingHandler
    void on(ResultRecorded event) {
        results.put(event.resultId(), null);
        audiences.put(event.resultId(), event.audience());
        if (event.corrects() != null) {
            results.put(event.corrects(), event.resultId());
        }
    }

    @EventSourcingHandler
    void on(ResultShared event) {
        audiences.put(event.resultId(), event.audience());
    }

    @EventSourcingHandler
    void on(ProjectCompleted event) {
        completedOn = event.completedOn();
    }
}
