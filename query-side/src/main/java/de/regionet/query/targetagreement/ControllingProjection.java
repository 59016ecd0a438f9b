package de.regionet.query.targetagreement;

import com.mongodb.client.MongoDatabase;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.ReviewRecorded;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementDrafted;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementSigned;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentProposed;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentSigned;
import de.regionet.kernel.targetagreement.TargetFigure;
import de.regionet.query.targetagreement.TargetAgreementView.Amendment;
import de.regionet.query.targetagreement.TargetAgreementView.Review;
import de.regionet.query.targetagreement.TargetAgreementView.Signature;
import de.regionet.query.readmodel.BatchWrites;
import de.regionet.query.readmodel.VersionedCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.codecs.pojo.annotations.BsonId;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The read side of target agreements and controlling: each agreement's history ({@code target_agreements}) and,
 * to count actuals, every project's region and funding area ({@code controlling_projects}) and every result
 * ({@code controlling_results}). Agreement and project events run through this one processing group, so in global
 * order: a result's project is always known, and figures never mix an agreement's and a result's pasts. A
 * correction marks the result it replaces at the correction's version, so replaying either event changes nothing.
 * A result, when it happens (not in a replay), pushes the changed figures of each agreement it counts for
 * ({@link TargetFiguresFeed}).
 */
@Component
@ProcessingGroup(ControllingProjection.NAME)
public class ControllingProjection {

    public static final String NAME = "controlling";

    /** What controlling needs of a project to place its results. */
    public record ProjectPlace(@BsonId String id, String regionKey, String fundingArea, long version)
            implements VersionedCollection.Versioned {
    }

    private final VersionedCollection<TargetAgreementView> agreements;
    private final VersionedCollection<ProjectPlace> projects;
    private final VersionedCollection<ReportedResult> results;
    private final TargetFiguresFeed feed;
    private final Clock clock;

    ControllingProjection(MongoDatabase database, MeterRegistry meters, SimpMessagingTemplate broker, Clock clock) {
        this.agreements = VersionedCollection.withRecordHistory(database, "target_agreements",
                TargetAgreementView.class, meters);
        this.projects = new VersionedCollection<>(database, "controlling_projects", ProjectPlace.class, meters);
        this.results = new VersionedCollection<>(database, "controlling_results", ReportedResult.class, meters);
        this.feed = new TargetFiguresFeed(broker);
        this.clock = clock;
    }

    @EventHandler
    void on(TargetAgreementDrafted event, @SequenceNumber long version) {
        var id = event.agreementId().value();
        agreements.create(id, version, new TargetAgreementView(id, event.regionKey().value(), event.period().from(),
                event.period().to(), List.copyOf(event.parties()), List.of(), null, List.copyOf(event.targets()),
                List.of(), List.of(), version));
    }

    @EventHandler
    void on(TargetAgreementSigned event, @SequenceNumber long version) {
        agreements.update(event.agreementId().value(), version,
                agreement -> agreement.signed(new Signature(event.party(), event.signedOn()), version));
    }

    @EventHandler
    void on(TargetAgreementEnteredIntoForce event, @SequenceNumber long version) {
        agreements.update(event.agreementId().value(), version,
                agreement -> agreement.inForce(event.effectiveOn(), version));
    }

    @EventHandler
    void on(TargetAmendmentProposed event, @SequenceNumber long version) {
        var amendment = new Amendment(event.amendment(), List.copyOf(event.targets()), event.reason(),
                event.proposedOn(), List.of(), null);
        agreements.update(event.agreementId().value(), version, agreement -> agreement.proposed(amendment, version));
    }

    @EventHandler
    void on(TargetAmendmentSigned event, @SequenceNumber long version) {
        var signature = new Signature(event.party(), event.signedOn());
        agreements.update(event.agreementId().value(), version, agreement -> agreement.amendment(event.amendment(),
                amendment -> amendment.signed(signature), version));
    }

    @EventHandler
    void on(TargetAmendmentEnteredIntoForce event, @SequenceNumber long version) {
        agreements.update(event.agreementId().value(), version, agreement -> agreement.amendment(event.amendment(),
                amendment -> amendment.inForceFrom(event.effectiveOn()), version));
    }

    @EventHandler
    void on(ReviewRecorded event, @SequenceNumber long version) {
        var review = new Review(event.review(), event.date(), event.assessment(), event.measures(),
                List.copyOf(event.figures()));
        agreements.update(event.agreementId().value(), version, agreement -> agreement.reviewed(review, version));
    }

    @EventHandler
    void on(ProjectLaunched event, @SequenceNumber long version) {
        var id = event.projectId().value();
        projects.create(id, version, new ProjectPlace(id, event.regionKey().value(), event.fundingArea().value(),
                version));
    }

    @EventHandler
    void on(ResultRecorded event, @SequenceNumber long version, EventMessage<?> message, TrackingToken token,
            ReplayStatus replay) {
        var project = projects.findAsWritten(event.projectId().value());
        var id = event.resultId().value();
        var result = new ReportedResult(id, event.projectId().value(),
                project.map(ProjectPlace::regionKey).orElse(null), project.map(ProjectPlace::fundingArea).orElse(null),
                event.period().from(), event.period().to(), event.indicators().values(), event.recordedOn(), null,
                null, version);
        results.create(id, version, result);
        if (event.corrects() != null) {
            results.update(event.corrects().value(), version,
                    corrected -> corrected.correctedBy(id, event.recordedOn(), version));
        }
        if (!replay.isReplay() && result.regionKey() != null) {
            // the figures are read through the queries, which see the batch's writes once they are in the store
            BatchWrites.afterWrites(() -> announce(result, message, token));
        }
    }

    @ResetHandler
    void reset() {
        agreements.clear();
        projects.clear();
        results.clear();
    }

    /**
     * Where each target in force on {@code asOf} stood that day, as a review freezes it; empty for an unknown
     * agreement.
     */
    public Optional<List<TargetFigure>> figures(String agreementId, LocalDate asOf) {
        return agreements.find(agreementId).map(agreement -> standingOf(agreement).figures(asOf));
    }

    public VersionedCollection<TargetAgreementView> agreements() {
        return agreements;
    }

    /** The agreement's standing, counting the results of its region. */
    public Standing standingOf(TargetAgreementView agreement) {
        return Standing.of(agreement, results.where("regionKey", agreement.regionKey(), "_id"));
    }

    /** The standings of {@code someAgreements}, reading every result once. */
    public List<Standing> standingsOf(List<TargetAgreementView> someAgreements) {
        var byRegion = results.all("_id").stream().filter(result -> result.regionKey() != null)
                .collect(Collectors.groupingBy(ReportedResult::regionKey));
        return someAgreements.stream()
                .map(agreement -> Standing.of(agreement, byRegion.getOrDefault(agreement.regionKey(), List.of())))
                .toList();
    }

    /** Only agreements in force whose period holds the result are affected; only their figures are computed. */
    private void announce(ReportedResult result, EventMessage<?> message, TrackingToken token) {
        var today = NetworkTime.today(clock);
        for (var agreement : agreements.where("regionKey", result.regionKey(), "_id")) {
            var withoutResults = Standing.of(agreement, List.of());
            if (withoutResults.enteredIntoForceBy(today) && withoutResults.actuals().withinThePeriod(result)) {
                feed.send(agreement, standingOf(agreement).figures(today), today, message, token);
            }
        }
    }
}
