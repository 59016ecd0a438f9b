package de.regionet.command.access;

import de.regionet.command.personal.InMemoryVault;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Grant;
import de.regionet.kernel.access.Principals;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Principals for fixture tests, and their metadata as a command would carry it: naming the sender by its pseudonym
 * ({@link Principals#stored}), as the application does (ADR 0022), so aggregates are tested with what they get.
 */
public final class Senders {

    private static final InMemoryVault VAULT = new InMemoryVault();

    public static final Actor OFFICE = new Actor("office", Set.of(Role.NETWORK_OFFICE), Set.of(), null);
    public static final Actor AUDITOR = new Actor("auditor", Set.of(Role.AUDITOR), Set.of(), null);
    public static final Actor SPONSOR =
            new Actor("sponsor", Set.of(Role.PROJECT_SPONSOR), Set.of(), "Bildungswerk Salzland");

    /** Saxony-Anhalt's network office only, as a user naming no grants signs in where that network is the default. */
    public static final Actor OFFICE_SACHSEN_ANHALT = new Actor("office-sachsen-anhalt",
            List.of(Grant.in(Networks.known().get(0), Role.NETWORK_OFFICE, Set.of())), null);
    /** North Rhine-Westphalia's network office, and an auditor in Hesse. */
    public static final Actor OFFICE_NRW = new Actor("office-nrw",
            List.of(Grant.in(Networks.known().get(1), Role.NETWORK_OFFICE, Set.of()),
                    Grant.in(Networks.known().get(2), Role.AUDITOR, Set.of())), null);

    /** North Rhine-Westphalia's granting authority, which decides on that state's calls only. */
    public static final Actor GRANTING_NRW = new Actor("granting-nrw",
            List.of(Grant.in(Networks.known().get(1), Role.GRANTING_AUTHORITY, Set.of())), null);
    /** Saxony-Anhalt's granting authority only. */
    public static final Actor GRANTING_SACHSEN_ANHALT = new Actor("granting-sachsen-anhalt",
            List.of(Grant.in(Networks.known().get(0), Role.GRANTING_AUTHORITY, Set.of())), null);

    private Senders() {
    }

    public static Actor coordinatorOf(String... regionKeys) {
        return new Actor("coordinator-" + String.join("-", regionKeys), Set.of(Role.REGIONAL_COORDINATOR),
                Arrays.stream(regionKeys).map(RegionKey::new).collect(Collectors.toSet()), null);
    }

    public static Map<String, Object> sentBy(Actor actor) {
        return Principals.stored(actor, VAULT).toMetaData();
    }

    /** The pseudonym a command and its events name the user {@code userName} by. */
    public static String pseudonymOf(String userName) {
        return Principals.stored(userName, VAULT);
    }

    /** Commands without a sender of their own are sent by {@code actor}, as if it had signed in. */
    public static MessageDispatchInterceptor<CommandMessage<?>> byDefault(Actor actor) {
        return messages -> (index, command) -> Actor.fromMetaData(command.getMetaData()).isPresent() ? command
                : command.andMetaData(sentBy(actor));
    }
}
