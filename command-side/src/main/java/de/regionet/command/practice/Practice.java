package de.regionet.command.practice;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import de.regionet.command.access.NetworkScope;
import de.regionet.command.access.RegionScope;
import de.regionet.command.stream.ExpectedVersion;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.practice.PracticeCommand;
import de.regionet.kernel.practice.PracticeCommand.DescribePractice;
import de.regionet.kernel.practice.PracticeCommand.RevisePractice;
import de.regionet.kernel.practice.PracticeCommand.WithdrawPractice;
import de.regionet.kernel.practice.PracticeContent;
import de.regionet.kernel.practice.PracticeEvent.PracticeDescribed;
import de.regionet.kernel.practice.PracticeEvent.PracticeRevised;
import de.regionet.kernel.practice.PracticeEvent.PracticeWithdrawn;
import de.regionet.kernel.practice.PracticeId;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static de.regionet.command.stream.EventContext.inRegion;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An example of good practice (Gute Praxis) of one network, for other regions and networks to learn from: described
 * by the network office, or by a region's coordination for its region; revised and withdrawn by whoever may act for
 * it (its region's coordination or its network's office; an example of the whole network by that office only). It
 * stays in the network it was described in and is shared with that network, every network, or the public. Every
 * handler answers the example's version after the change.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Practice {

    @AggregateIdentifier
    private PracticeId id;
    // not final: a snapshot is read back into these fields
    private NetworkId network;
    private RegionKey regionKey;
    private PracticeContent content;
    private Audience audience;
    private LocalDate describedOn;
    private boolean withdrawn;

    /** For Axon, and for Jackson when it reads a snapshot. */
    @JsonCreator
    protected Practice() {
    }

    @CommandHandler
    Practice(DescribePractice command, MetaData metaData, Networks networks) {
        requireShareable(command.audience());
        var region = command.content().regionKey();
        NetworkId in;
        if (region != null) {
            in = networkOf(region, networks);
            if (command.network() != null && !command.network().equals(in)) {
                throw Rejection.invalid("regionKey", "region " + region + " lies in network " + in + ", not in "
                        + command.network());
            }
            RegionScope.check(metaData, region);
        } else {
            in = NetworkScope.forNew(metaData, command.network(), networks, "good practice");
        }
        apply(new PracticeDescribed(command.practiceId(), in, command.content(), command.audience(),
                command.describedOn()), context(region, command.audience()));
    }

    /**
     * Whoever may act for the example: its region's coordination or its network's office, or that office alone for
     * an example of the whole network (the description is checked where it is written); the version check follows.
     */
    @CommandHandlerInterceptor
    Object checkSenderAndVersion(PracticeCommand command, MetaData metaData, InterceptorChain chain)
            throws Exception {
        if (!(command instanceof DescribePractice)) {
            if (regionKey != null) {
                RegionScope.check(metaData, regionKey);
            } else {
                NetworkScope.checkOffice(metaData, network, "good practice " + id);
            }
        }
        ExpectedVersion.check(command.expectedVersion());
        return chain.proceed();
    }

    @CommandHandler
    long handle(RevisePractice command, MetaData metaData, Networks networks) {
        requireNotWithdrawn("revised");
        requireShareable(command.audience());
        var region = command.content().regionKey();
        if (region != null && !region.equals(regionKey)) {
            var in = networkOf(region, networks);
            if (!in.equals(network)) {
                throw Rejection.invalid("regionKey", "an example stays in its network " + network + "; region "
                        + region + " lies in network " + in);
            }
            RegionScope.check(metaData, region);
        } else if (region == null && regionKey != null) {
            NetworkScope.checkOffice(metaData, network, "good practice " + id + " of the whole network");
        }
        if (command.revisedOn().isBefore(describedOn)) {
            throw Rejection.invalid("revisedOn", "the example was described on " + describedOn
                    + " and cannot be revised before (" + command.revisedOn() + ")");
        }
        if (!command.content().equals(content) || command.audience() != audience) {
            apply(new PracticeRevised(id, command.content(), command.audience(), command.revisedOn()),
                    context(region, command.audience()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(WithdrawPractice command) {
        requireNotWithdrawn("withdrawn again");
        if (command.withdrawnOn().isBefore(describedOn)) {
            throw Rejection.invalid("withdrawnOn", "the example was described on " + describedOn
                    + " and cannot be withdrawn before (" + command.withdrawnOn() + ")");
        }
        apply(new PracticeWithdrawn(id, command.reason(), command.withdrawnOn()), context(regionKey, audience));
        return AggregateLifecycle.getVersion();
    }

    private static void requireShareable(Audience audience) {
        if (audience == Audience.REGION) {
            throw Rejection.invalid("audience", "an example of good practice is shared with its NETWORK, "
                    + "NATION_WIDE or PUBLIC, not with its REGION only");
        }
    }

    private void requireNotWithdrawn(String what) {
        if (withdrawn) {
            throw Rejection.conflict("this example of good practice was withdrawn and cannot be " + what);
        }
    }

    private static NetworkId networkOf(RegionKey region, Networks networks) {
        return networks.of(region).map(Network::id).orElseThrow(() -> Rejection.invalid("regionKey",
                "region " + region + " lies in no network of this installation"));
    }

    /**
     * The event's region (where it has one) and audience: the audience it is shared with after the event, so a
     * revision that narrows an example is not told to readers who may no longer read what it says.
     */
    private static MetaData context(RegionKey region, Audience audience) {
        var context = region == null ? MetaData.emptyInstance() : inRegion(region);
        return context.and(EventMetaData.AUDIENCE, audience.name());
    }

    @EventSourcingHandler
    void on(PracticeDescribed event) {
        id = event.practiceId();
        network = event.network();
        regionKey = event.content().regionKey();
        content = event.content();
        audience = event.audience();
        describedOn = event.describedOn();
    }

    @EventSourcingHandler
    void on(PracticeRevised event) {
        regionKey = event.content().regionKey();
        content = event.content();
        audience = event.audience();
    }

    @EventSourcingHandler
    void on(PracticeWithdrawn event) {
        withdrawn = true;
    }
}
