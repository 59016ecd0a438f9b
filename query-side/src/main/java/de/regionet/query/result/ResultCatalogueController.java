package de.regionet.query.result;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * The shared results catalogue: what projects achieved, for other regions to learn from and the public to read.
 * Open to everyone; each reader is answered only the results shared with it ({@link ResultAudience}).
 */
@RestController
class ResultCatalogueController {

    private final ResultCatalogueProjection projection;

    ResultCatalogueController(ResultCatalogueProjection projection) {
        this.projection = projection;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/results")
    ResultPage search(@RequestParam(name = "q", required = false) String q,
                      @RequestParam(name = "region", required = false) String region,
                      @RequestParam(name = "fundingArea", required = false) String fundingArea,
                      @RequestParam(name = "indicator", required = false) String indicator,
                      @RequestParam(name = "page", defaultValue = "0") int page,
                      @RequestParam(name = "size", defaultValue = "20") int size,
                      HttpServletRequest request) {
        var query = new ResultQuery(q, region, fundingArea, indicator, page, size);
        return ResultPage.of(query.matching(projection.results().all("_id"), Readers.actor(request)), page, size);
    }
}
