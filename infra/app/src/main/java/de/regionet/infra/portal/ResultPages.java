package de.regionet.infra.portal;

import de.regionet.kernel.access.ReadableBy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * The shared results catalogue for the public (issue 19): search, facets and sums over the results projects
 * shared with everyone, and a page per result. The list is also served alone, so the page can fetch it again when
 * {@code /topic/results} reports a newly shared result, keeping the visitor's search.
 */
@Controller
class ResultPages {

    private final PublicResults results;

    ResultPages(PublicResults results) {
        this.results = results;
    }

    @ReadableBy(PUBLIC)
    @GetMapping(ResultSearch.PATH)
    String catalogue(@RequestParam(name = "q", required = false) String q,
                     @RequestParam(name = "region", required = false) String region,
                     @RequestParam(name = "fundingArea", required = false) String fundingArea,
                     @RequestParam(name = "indicator", required = false) String indicator,
                     @RequestParam(name = "year", required = false) Integer year,
                     @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("page", results.search(new ResultSearch(q, region, fundingArea, indicator, year, page)));
        return "portal/results";
    }

    /** The live part of the catalogue page alone: the count, the sums and the list of one search. */
    @ReadableBy(PUBLIC)
    @GetMapping(ResultSearch.LIST_PATH)
    String list(@RequestParam(name = "q", required = false) String q,
                @RequestParam(name = "region", required = false) String region,
                @RequestParam(name = "fundingArea", required = false) String fundingArea,
                @RequestParam(name = "indicator", required = false) String indicator,
                @RequestParam(name = "year", required = false) Integer year,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("page", results.search(new ResultSearch(q, region, fundingArea, indicator, year, page)));
        return "portal/results :: list";
    }

    @ReadableBy(PUBLIC)
    @GetMapping(ResultSearch.PATH + "/{id}")
    String result(@PathVariable String id, Model model) {
        model.addAttribute("result", results.one(id));
        return "portal/results-item";
    }
}
