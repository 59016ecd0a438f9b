package de.regionet.query.exchange;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * The nation-wide catalogue of what the networks share: open to everyone, each reader answered what is shared with
 * it ({@link ExchangeCatalogue}). {@code network}, {@code kind} and {@code region} filter and are counted as facets.
 */
@RestController
class ExchangeController {

    private final ExchangeCatalogue catalogue;

    ExchangeController(ExchangeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/exchange")
    ExchangePage search(@RequestParam(name = "q", required = false) String q,
                        @RequestParam(name = "network", required = false) String network,
                        @RequestParam(name = "kind", required = false) String kind,
                        @RequestParam(name = "region", required = false) String region,
                        @RequestParam(name = "page", defaultValue = "0") int page,
                        @RequestParam(name = "size", defaultValue = "20") int size,
                        HttpServletRequest request) {
        return catalogue.search(ExchangeQuery.of(q, network, kind, region, page, size), Readers.actor(request));
    }
}
