package de.regionet.query.result;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * The shared results catalogue: what projects achieved, for other regions to learn from and the public to read.
 * Open to everyone; each reader is answered only the results shared with it ({@link ResultAudience}). Filters name
 * a valid region key, funding area letter, catalogued indicator and year, or the request is refused as invalid.
 */
@RestController
class ResultCatalogueController {

    private final ResultCatalogue catalogue;
    private final IndicatorCatalogue indicators;

    ResultCatalogueController(ResultCatalogue catalogue, IndicatorCatalogue indicators) {
        this.catalogue = catalogue;
        this.indicators = indicators;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/results")
    ResultPage search(@RequestParam(name = "q", required = false) String q,
                      @RequestParam(name = "region", required = false) String region,
                      @RequestParam(name = "fundingArea", required = false) String fundingArea,
                      @RequestParam(name = "indicator", required = false) String indicator,
                      @RequestParam(name = "year", required = false) Integer year,
                      @RequestParam(name = "page", defaultValue = "0") int page,
                      @RequestParam(name = "size", defaultValue = "20") int size,
                      HttpServletRequest request) {
        var query = new ResultQuery(q, region, fundingArea, indicator, year, page, size);
        if (query.indicator() != null && indicators.find(query.indicator()).isEmpty()) {
            throw Rejection.invalid("indicator", "unknown indicator " + query.indicator() + "; see /api/indicators");
        }
        return catalogue.search(query, Readers.actor(request));
    }
}
