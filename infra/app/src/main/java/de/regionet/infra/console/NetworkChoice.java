package de.regionet.infra.console;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which network a network-wide console page shows (issue 22, {@code ?network=} as the API takes it): one of the
 * networks in which the reader holds a role the page is for, the first of them (in the installation's order) unless
 * the request names another. A network the reader holds no such role in is the 403 page, as the API answers 403 for
 * it; a value that is no network id is the 400 page. {@code shown} decides on a region key exactly as the API's
 * network-wide views do ({@link Readers#regionsShownTo}).
 */
public record NetworkChoice(List<Network> choices, Network chosen, Predicate<String> shown) {

    public static NetworkChoice of(HttpServletRequest request, Networks networks, String requested, Role... roles) {
        var actor = Readers.actor(request).orElseThrow();
        var choices = networks.all().stream()
                .filter(network -> Arrays.stream(roles).anyMatch(role -> actor.has(role, network.id()))).toList();
        if (choices.isEmpty()) {
            throw Rejection.forbidden(actor.subject() + " holds none of " + Arrays.toString(roles) + " in a network");
        }
        var chosen = choices.get(0);
        if (requested != null && !requested.isBlank()) {
            var id = id(requested.strip());
            chosen = choices.stream().filter(network -> network.id().equals(id)).findFirst()
                    .orElseThrow(() -> Rejection.forbidden(actor.subject() + " holds none of "
                            + Arrays.toString(roles) + " in network " + id));
        }
        return new NetworkChoice(choices, chosen, Readers.regionsShownTo(request, networks, chosen.id()));
    }

    /** Whether the reader may switch to another network: the page then offers the switch. */
    public boolean several() {
        return choices.size() > 1;
    }

    private static NetworkId id(String value) {
        try {
            return new NetworkId(value);
        } catch (IllegalArgumentException notAnId) {
            throw Rejection.invalid("network", notAnId.getMessage());
        }
    }
}
