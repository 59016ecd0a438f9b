package de.regionet.query.network;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.network.NetworkOverview.RegionOverview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/** The network office's overview ({@link NetworkOverview}), shared with everyone signed in to the network. */
@RestController
class NetworkOverviewController {

    private final NetworkOverview overview;

    NetworkOverviewController(NetworkOverview overview) {
        this.overview = overview;
    }

    @ReadableBy(NETWORK)
    @GetMapping("/api/network/overview")
    List<RegionOverview> overview() {
        return overview.regions();
    }
}
