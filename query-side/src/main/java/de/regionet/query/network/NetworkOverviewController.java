package de.regionet.query.network;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.query.access.Readers;
import de.regionet.query.network.NetworkOverview.RegionOverview;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * The network office's overview ({@link NetworkOverview}), shared with everyone signed in to a network: each reader
 * sees the regions of its own networks.
 */
@RestController
class NetworkOverviewController {

    private final NetworkOverview overview;
    private final Networks networks;

    NetworkOverviewController(NetworkOverview overview, Networks networks) {
        this.overview = overview;
        this.networks = networks;
    }

    /** The regions of the reader's networks, or of the one it names ({@code ?network=}). */
    @ReadableBy(NETWORK)
    @GetMapping("/api/network/overview")
    List<RegionOverview> overview(@RequestParam(name = "network", required = false) NetworkId network,
                                  HttpServletRequest request) {
        var shown = Readers.regionsShownTo(request, networks, network);
        return overview.regions().stream().filter(region -> shown.test(region.regionKey())).toList();
    }
}
