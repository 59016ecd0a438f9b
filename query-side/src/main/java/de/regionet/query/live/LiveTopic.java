package de.regionet.query.live;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.AuditScope;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One live topic a feature publishes: its STOMP destination, where {@value #REGION} stands for a region key
 * ({@code /topic/regions.{region}}), and who may subscribe to it. Its messages summarise the event; a topic
 * {@link #withOrigin() with origin} also names who caused the event and in which request. A topic that carries
 * what each audience may see under one name registers a signed-in reader's subscription at the destination of the
 * wider audience ({@link #signedInReadersGet}). A topic {@link #perNetwork() confined per network} carries every
 * network's events under one name, and each subscriber receives only the messages of the networks whose history it
 * reads ({@link #delivers}).
 *
 * @param namesOrigin whether its messages name who caused the event and in which request
 * @param signedInDestination where a signed-in reader's subscription is registered; the destination itself for most
 * @param confinedPerNetwork whether each message goes only to the readers of the networks its event belongs to
 */
public record LiveTopic(String destination, Subscribers subscribers, boolean namesOrigin,
                        String signedInDestination, boolean confinedPerNetwork) {

    /** What stands for a region key in a destination. */
    public static final String REGION = "{region}";
    /** What stands for a signed-in reader's network in the destination its subscription is registered at. */
    public static final String NETWORK = "{network}";

    public LiveTopic {
        if (!destination.startsWith("/topic/")) {
            throw new IllegalArgumentException("a live topic is under /topic/, not " + destination);
        }
    }

    public static LiveTopic of(String destination, Subscribers subscribers) {
        return new LiveTopic(destination, subscribers, false, destination, false);
    }

    /** This topic, its messages naming who caused each event and in which request. */
    public LiveTopic withOrigin() {
        return new LiveTopic(destination, subscribers, true, signedInDestination, confinedPerNetwork);
    }

    /** This topic, a signed-in reader's subscription registered at the wider topic's destination instead. */
    public LiveTopic signedInReadersGet(LiveTopic wider) {
        if (destination.contains(REGION) || wider.destination().contains(REGION)) {
            throw new IllegalArgumentException("a topic per region has no wider audience");
        }
        return new LiveTopic(destination, subscribers, namesOrigin, wider.destination(), confinedPerNetwork);
    }

    /**
     * This topic, each message going only to the subscribers who read the history of a network its event belongs to
     * ({@link EventNetworks}; {@link AuditScope}): the operator receives all of them.
     */
    public LiveTopic perNetwork() {
        if (destination.contains(REGION)) {
            throw new IllegalArgumentException("a topic per region is confined by its region already");
        }
        return new LiveTopic(destination, subscribers, namesOrigin, signedInDestination, true);
    }

    /**
     * Whether a message whose event belongs to {@code owners} goes to this reader: always on a topic not confined
     * per network ({@code owners} {@code null}: a message of no event, such as a rebuild's progress, goes to every
     * subscriber); else to a reader of one of those networks, or of everything.
     */
    public boolean delivers(Optional<Actor> reader, Set<NetworkId> owners, Networks installation) {
        return !confinedPerNetwork || owners == null || AuditScope.of(reader, installation).readsAny(owners);
    }

    /**
     * This topic, a signed-in reader's subscription registered at the wider topic's destination for the reader's
     * network ({@code <wider>.<network>}), which carries what the wider topic carries and what that network shares
     * with itself only. A reader holding roles in several networks, or roles that hold everywhere, is registered at
     * the wider topic itself (what every network may see): one subscription has one destination.
     */
    public LiveTopic signedInReadersGetPerNetwork(LiveTopic wider) {
        return signedInReadersGet(wider).withSignedInDestination(wider.destination() + "." + NETWORK);
    }

    private LiveTopic withSignedInDestination(String signedIn) {
        return new LiveTopic(destination, subscribers, namesOrigin, signedIn, confinedPerNetwork);
    }

    /** The destination of {@code network} under a topic registered per network. */
    public static String ofNetwork(LiveTopic wider, String network) {
        return wider.destination() + "." + network;
    }

    /** This topic as a destination an event goes to. */
    public Route route() {
        if (destination.contains(REGION)) {
            throw new IllegalStateException(destination + " names a region");
        }
        return new Route(this, destination);
    }

    /** This topic for one region as a destination an event goes to. */
    public Route route(String regionKey) {
        return new Route(this, destination.replace(REGION, regionKey));
    }

    /** Whether a client's destination is this topic: exactly, a broker pattern such as {@code /topic/**} is not. */
    public boolean matches(String candidate) {
        return regionIn(candidate) != null || !destination.contains(REGION) && destination.equals(candidate);
    }

    /** Whether the reader may subscribe to the client's destination, which {@link #matches} this topic. */
    public boolean admits(Optional<Actor> reader, String candidate) {
        return subscribers.admit(reader, regionIn(candidate));
    }

    /** Where the reader's subscription to the client's destination (one {@link #matches} this topic) is registered. */
    public String registeredFor(Optional<Actor> reader, String candidate) {
        if (reader.isEmpty() || signedInDestination.equals(destination)) {
            return candidate;
        }
        if (!signedInDestination.contains(NETWORK)) {
            return signedInDestination;
        }
        var networks = reader.get().networks();
        return networks.size() == 1 && !reader.get().actsEverywhere()
                ? signedInDestination.replace(NETWORK, networks.iterator().next().value())
                : signedInDestination.replace("." + NETWORK, "");
    }

    private RegionKey regionIn(String candidate) {
        if (candidate == null || !destination.contains(REGION)) {
            return null;
        }
        // an official key or a labour-market region's id (RegionKey decides which are valid)
        var matcher = Pattern.compile(Pattern.quote(destination).replace(REGION, "\\E([0-9a-z-]{5,64})\\Q"))
                .matcher(candidate);
        return matcher.matches() && RegionKey.isValid(matcher.group(1)) ? new RegionKey(matcher.group(1)) : null;
    }

    /** A destination an event goes to, and the topic it belongs to (which says how its message reads). */
    public record Route(LiveTopic topic, String destination) {
    }
}
