package de.regionet.query.result;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.indicator.Indicator;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/** The indicators results are reported in, so a reader can name and label the figures of the catalogue. */
@RestController
class IndicatorCatalogueController {

    private final IndicatorCatalogue catalogue;

    IndicatorCatalogueController(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/indicators")
    List<Indicator> all() {
        return catalogue.all();
    }
}
