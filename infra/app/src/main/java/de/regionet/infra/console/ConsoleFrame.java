package de.regionet.infra.console;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Grant;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the console's frame ({@code console/layout.html}) shows beside every console page: the regions a coordinator
 * holds, by name and in order of name, for its navigation (a region not registered yet shows its key); and the
 * networks the signed-in user holds roles in, with those roles (issue 22), from its grants.
 */
@ControllerAdvice(basePackages = "de.regionet.infra.console")
class ConsoleFrame {

    /** A region in the navigation. */
    record NavigationRegion(String key, String name) {
    }

    /**
     * A network the user holds roles in, by name, with the roles and the region keys it coordinates there;
     * {@code name} {@code null}: roles that hold in every network (the operator).
     */
    record NetworkRoles(String id, String name, List<Role> roles, List<String> regions) {
    }

    private final RegionProjection regions;
    private final Networks networks;

    ConsoleFrame(RegionProjection regions, Networks networks) {
        this.regions = regions;
        this.networks = networks;
    }

    @ModelAttribute("consoleRegions")
    List<NavigationRegion> consoleRegions(HttpServletRequest request) {
        return Readers.actor(request).map(actor -> actor.regions().stream().map(RegionKey::value)
                        .map(key -> new NavigationRegion(key, regions.regions().find(key).map(RegionView::name)
                                .orElse(key)))
                        .sorted(Comparator.comparing(NavigationRegion::name).thenComparing(NavigationRegion::key))
                        .toList())
                .orElse(List.of());
    }

    /** The user's networks in the installation's order, then roles that hold everywhere. */
    @ModelAttribute("consoleNetworks")
    List<NetworkRoles> consoleNetworks(HttpServletRequest request) {
        return Readers.actor(request).map(this::networksOf).orElse(List.of());
    }

    private List<NetworkRoles> networksOf(Actor actor) {
        var lines = new ArrayList<NetworkRoles>();
        for (var network : networks.all()) {
            var held = actor.grants().stream().filter(grant -> network.id().equals(grant.network())).toList();
            if (!held.isEmpty()) {
                lines.add(line(network, held));
            }
        }
        var everywhere = actor.grants().stream().filter(grant -> grant.network() == null).toList();
        if (!everywhere.isEmpty()) {
            lines.add(line(null, everywhere));
        }
        return List.copyOf(lines);
    }

    private static NetworkRoles line(Network network, List<Grant> grants) {
        return new NetworkRoles(network == null ? null : network.id().value(), network == null ? null : network.name(),
                grants.stream().map(Grant::role).distinct().sorted().toList(),
                grants.stream().flatMap(grant -> grant.regions().stream()).map(RegionKey::value).distinct().sorted()
                        .toList());
    }
}
