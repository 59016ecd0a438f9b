package de.regionet.command.targetagreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.command.access.RegionScope;
import de.regionet.command.signing.SignatureRules;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetAgreementCommand;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.ProposeTargetAmendment;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.RecordReview;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.SignTargetAgreement;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.SignTargetAmendment;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.ReviewRecorded;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementDrafted;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementSigned;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentProposed;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentSigned;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static de.regionet.command.stream.EventContext.inRegion;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A target agreement (Zielvereinbarung) between the state side and a region for a period: in force once every party
 * signed (by the same rules as cooperation agreements), its targets adjusted only by an amendment every party signs,
 * and reviewed in controlling with the figures frozen as they stood. Drafted through its region, which keeps targets
 * for one indicator from overlapping. Every handler answers the agreement's version after the change.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class TargetAgreement {

    /** The amendment awaiting signatures, with the targets it proposes and who signed it. */
    record OpenAmendment(int number, LocalDate proposedOn, Map<String, LocalDate> signatures) {
    }

    @AggregateIdentifier
    private TargetAgreementId id;
    // not final: a snapshot is read back into these fields
    private RegionKey regionKey;
    private Period period;
    private Map<String, String> parties = new LinkedHashMap<>();
    private Map<String, LocalDate> signatures = new HashMap<>();
    private LocalDate inForceFrom;
    private List<Target> targets = new ArrayList<>();
    private int amendments;
    private OpenAmendment openAmendment;
    private List<Target> proposedTargets = new ArrayList<>();
    private int reviews;
    /** The days reviewed: a controlling review is one per day, so a retried request cannot record it twice. */
    private Set<LocalDate> reviewedOn = new HashSet<>();

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected TargetAgreement() {
    }

    /** Spawned by its region, which checked its targets against the region's other agreements. */
    public TargetAgreement(TargetAgreementDrafted drafted) {
        apply(drafted, inRegion(drafted.regionKey()));
    }

    /** A milestone outside the agreement's period measures nothing the agreement covers. */
    public static void requireMilestonesWithin(Target target, Period period) {
        target.milestones().stream().filter(milestone -> !period.contains(milestone.date())).findFirst()
                .ifPresent(milestone -> {
                    throw Rejection.invalid("targets", "the milestone of " + target.indicator() + " on "
                            + milestone.date() + " lies outside the agreement's period " + period.from() + " to "
                            + period.to());
                });
    }

    @CommandHandlerInterceptor
    Object checkSenderAndVersion(TargetAgreementCommand command, MetaData metaData, InterceptorChain chain)
            throws Exception {
        RegionScope.check(metaData, regionKey);
        ExpectedVersion.check(command.expectedVersion());
        return chain.proceed();
    }

    @CommandHandler
    long handle(SignTargetAgreement command) {
        if (inForceFrom != null) {
            throw Rejection.conflict("every party has signed; the agreement is in force from " + inForceFrom);
        }
        var rules = new SignatureRules(parties, signatures, period.to());
        var party = rules.check(command.party(), command.signedOn(), "");
        var effective = rules.inForceAfter(party, command.signedOn(), period.from());
        apply(new TargetAgreementSigned(id, party, command.signedOn()), inRegion(regionKey));
        effective.ifPresent(day -> apply(new TargetAgreementEnteredIntoForce(id, day), inRegion(regionKey)));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Numbered handle(ProposeTargetAmendment command) {
        if (inForceFrom == null) {
            throw Rejection.conflict("the agreement is not in force yet; until every party signed, its draft stands "
                    + "as it is");
        }
        if (openAmendment != null) {
            throw Rejection.conflict("amendment " + openAmendment.number() + " still awaits signatures; one amendment "
                    + "at a time");
        }
        if (command.proposedOn().isAfter(period.to())) {
            throw Rejection.invalid("proposedOn", "the agreement's period ended on " + period.to());
        }
        for (var target : command.targets()) {
            if (targets.stream().noneMatch(target::sameMeasureAs)) {
                throw Rejection.invalid("targets", "the agreement has no target for " + target.indicator()
                        + (target.fundingArea() == null ? "" : " in area " + target.fundingArea())
                        + "; an amendment adjusts the targets agreed");
            }
            if (command.targets().stream().filter(target::sameMeasureAs).count() > 1) {
                throw Rejection.invalid("targets", "the target for " + target.indicator() + " is adjusted twice");
            }
            requireMilestonesWithin(target, period);
        }
        apply(new TargetAmendmentProposed(id, amendments + 1, command.targets(), command.reason(),
                command.proposedOn()), inRegion(regionKey));
        return new Numbered(AggregateLifecycle.getVersion(), amendments);
    }

    @CommandHandler
    long handle(SignTargetAmendment command) {
        if (openAmendment == null || openAmendment.number() != command.amendment()) {
            throw command.amendment() >= 1 && command.amendment() <= amendments
                    ? Rejection.conflict("amendment " + command.amendment() + " is already in force")
                    : Rejection.notFound("no amendment " + command.amendment() + " awaits signatures");
        }
        if (command.signedOn().isBefore(openAmendment.proposedOn())) {
            throw Rejection.invalid("signedOn", "amendment " + command.amendment() + " was proposed on "
                    + openAmendment.proposedOn() + " and cannot be signed before");
        }
        var rules = new SignatureRules(parties, openAmendment.signatures(), period.to());
        var party = rules.check(command.party(), command.signedOn(), "");
        var effective = rules.inForceAfter(party, command.signedOn(), openAmendment.proposedOn());
        apply(new TargetAmendmentSigned(id, command.amendment(), party, command.signedOn()), inRegion(regionKey));
        effective.ifPresent(day -> apply(new TargetAmendmentEnteredIntoForce(id, command.amendment(), day),
                inRegion(regionKey)));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Numbered handle(RecordReview command) {
        if (inForceFrom == null || command.date().isBefore(inForceFrom)) {
            throw Rejection.conflict("a review judges an agreement in force; " + (inForceFrom == null
                    ? "not every party has signed yet" : "it is in force from " + inForceFrom + ", not on "
                    + command.date()));
        }
        if (reviewedOn.contains(command.date())) {
            throw Rejection.conflict("the agreement was already reviewed on " + command.date()
                    + "; one review per day");
        }
        apply(new ReviewRecorded(id, reviews + 1, command.date(), command.assessment(), command.measures(),
                command.figures()), inRegion(regionKey));
        return new Numbered(AggregateLifecycle.getVersion(), reviews);
    }

    @EventSourcingHandler
    void on(TargetAgreementDrafted event) {
        id = event.agreementId();
        regionKey = event.regionKey();
        period = event.period();
        parties = new LinkedHashMap<>(SignatureRules.byKey(event.parties()));
        targets = new ArrayList<>(event.targets());
    }

    @EventSourcingHandler
    void on(TargetAgreementSigned event) {
        signatures.put(SignatureRules.keyOf(event.party()), event.signedOn());
    }

    @EventSourcingHandler
    void on(TargetAgreementEnteredIntoForce event) {
        inForceFrom = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(TargetAmendmentProposed event) {
        amendments = event.amendment();
        openAmendment = new OpenAmendment(event.amendment(), event.proposedOn(), new HashMap<>());
        proposedTargets = new ArrayList<>(event.targets());
    }

    @EventSourcingHandler
    void on(TargetAmendmentSigned event) {
        openAmendment.signatures().put(SignatureRules.keyOf(event.party()), event.signedOn());
    }

    @EventSourcingHandler
    void on(TargetAmendmentEnteredIntoForce event) {
        for (var adjusted : proposedTargets) {
            targets.replaceAll(target -> target.sameMeasureAs(adjusted) ? adjusted : target);
        }
        openAmendment = null;
        proposedTargets = new ArrayList<>();
    }

    @EventSourcingHandler
    void on(ReviewRecorded event) {
        reviews = event.review();
        reviewedOn.add(event.date());
    }
}
