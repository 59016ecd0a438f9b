package de.regionet.infra.portal;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.practice.PracticeId;
import de.regionet.kernel.project.Audience;
import de.regionet.query.exchange.ExchangeCatalogue;
import de.regionet.query.exchange.ExchangeItem;
import de.regionet.query.exchange.ExchangeQuery;
import de.regionet.query.practice.PracticeProjection;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * The exchange between networks for the public (issue 22): what every network shares with everyone, results and
 * examples of good practice, searchable with the network and the kind as facets, and a page per example. Always
 * asked as an anonymous reader, as the results catalogue is, so what a network shares with signed-in readers only
 * never reaches a page. The list is also served alone, fetched again when {@code /topic/exchange} reports something
 * newly shared, keeping the visitor's search.
 */
@Controller
class ExchangePages {

    static final int PAGE_SIZE = 20;

    private final ExchangeCatalogue catalogue;
    private final PracticeProjection practices;
    private final RegionProjection regions;

    ExchangePages(ExchangeCatalogue catalogue, PracticeProjection practices, RegionProjection regions) {
        this.catalogue = catalogue;
        this.practices = practices;
        this.regions = regions;
    }

    @ReadableBy(PUBLIC)
    @GetMapping(ExchangeSearch.PATH)
    String exchange(@RequestParam(name = "q", required = false) String q,
                    @RequestParam(name = "network", required = false) String network,
                    @RequestParam(name = "kind", required = false) String kind,
                    @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("page", search(new ExchangeSearch(q, network, kind, page)));
        return "portal/exchange";
    }

    /** The live part of the page alone: the count and the list of one search. */
    @ReadableBy(PUBLIC)
    @GetMapping(ExchangeSearch.LIST_PATH)
    String list(@RequestParam(name = "q", required = false) String q,
                @RequestParam(name = "network", required = false) String network,
                @RequestParam(name = "kind", required = false) String kind,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("page", search(new ExchangeSearch(q, network, kind, page)));
        return "portal/exchange :: list";
    }

    @ReadableBy(PUBLIC)
    @GetMapping(ExchangeSearch.PATH + "/praxis/{id}")
    String practice(@PathVariable PracticeId id, Model model) {
        var practice = practices.practices().find(id.value())
                .filter(found -> found.shared() && found.audience() == Audience.PUBLIC)
                .orElseThrow(() -> Rejection.notFound("no public example of good practice " + id));
        model.addAttribute("practice", practice);
        model.addAttribute("networkName", networkNames().getOrDefault(practice.network(), practice.network()));
        model.addAttribute("regionName", practice.regionKey() == null ? null
                : regionNames().getOrDefault(practice.regionKey(), practice.regionKey()));
        return "portal/exchange-practice";
    }

    private ExchangeListing search(ExchangeSearch search) {
        var found = catalogue.search(ExchangeQuery.of(search.q(), search.network(), search.kind(), null,
                search.page(), PAGE_SIZE), Optional.empty());
        var regionNames = regionNames();
        var networkNames = networkNames();
        var items = found.items().stream().map(item -> item(item, regionNames)).toList();
        var facets = List.of(facet(search, "network", found.facets().network(), networkNames::get),
                facet(search, "kind", found.facets().kind(), kind -> null));
        var previous = search.page() > 0 ? search.onPage(search.page() - 1) : null;
        var next = (long) (search.page() + 1) * PAGE_SIZE < found.total() ? search.onPage(search.page() + 1) : null;
        return new ExchangeListing(search, found.total(), items, facets, previous, next);
    }

    private static ExchangeListing.Item item(ExchangeItem item, Map<String, String> regionNames) {
        return new ExchangeListing.Item(item.kind().parameter(), item.title(), item.network().name(),
                item.regionKey() == null ? null : regionNames.getOrDefault(item.regionKey(), item.regionKey()),
                item.summary(), item.topics(), item.date(), item.page());
    }

    private static ExchangeListing.Facet facet(ExchangeSearch search, String parameter, Map<String, Long> counts,
                                            Function<String, String> label) {
        var options = counts.entrySet().stream()
                .map(count -> new ExchangeListing.Option(count.getKey(), label.apply(count.getKey()), count.getValue(),
                        search.with(parameter, count.getKey()), search.chosen(parameter, count.getKey())))
                .toList();
        return new ExchangeListing.Facet(parameter, options, search.without(parameter),
                options.stream().anyMatch(ExchangeListing.Option::chosen));
    }

    private Map<String, String> networkNames() {
        return catalogue.networks().stream().collect(Collectors.toMap(network -> network.id().value(),
                Network::name));
    }

    private Map<String, String> regionNames() {
        return regions.regions().all("_id").stream().filter(region -> region.name() != null)
                .collect(Collectors.toMap(RegionView::key, RegionView::name));
    }
}
