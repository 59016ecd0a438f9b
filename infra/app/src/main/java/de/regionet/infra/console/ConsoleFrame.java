package de.regionet.infra.console;

import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;

/**
 * What the console's frame ({@code console/layout.html}) shows beside every console page: the regions a coordinator
 * holds, by name and in order of name, for its navigation. A region not registered yet shows its key.
 */
@ControllerAdvice(basePackages = "de.regionet.infra.console")
class ConsoleFrame {

    /** A region in the navigation. */
    record NavigationRegion(String key, String name) {
    }

    private final RegionProjection regions;

    ConsoleFrame(RegionProjection regions) {
        this.regions = regions;
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
}
