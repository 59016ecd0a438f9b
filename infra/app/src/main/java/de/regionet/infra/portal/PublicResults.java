package de.regionet.infra.portal;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.indicator.Indicator;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import de.regionet.query.result.AttachedDocument;
import de.regionet.query.result.ResultCatalogue;
import de.regionet.query.result.ResultPage;
import de.regionet.query.result.ResultQuery;
import de.regionet.query.result.ResultView;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The results catalogue as the public portal shows it: the same search, facets and sums the API answers
 * ({@link ResultCatalogue}), always asked as an anonymous reader, so a result shared only with the network or its
 * region never reaches a page, whoever opens it. Regions and indicators are named from their read model and the
 * indicator catalogue.
 */
@Component
class PublicResults {

    static final int PAGE_SIZE = 20;

    private final ResultCatalogue catalogue;
    private final RegionProjection regions;
    private final IndicatorCatalogue indicators;

    PublicResults(ResultCatalogue catalogue, RegionProjection regions, IndicatorCatalogue indicators) {
        this.catalogue = catalogue;
        this.regions = regions;
        this.indicators = indicators;
    }

    ResultsPage search(ResultSearch search) {
        var query = new ResultQuery(search.q(), search.region(), search.fundingArea(), search.indicator(),
                search.year(), search.page(), PAGE_SIZE);
        var found = catalogue.search(query, Optional.empty());
        var names = regionNames();
        var results = found.items().stream().map(item -> result(item, names)).toList();
        var facets = List.of(
                facet(search, "region", found.facets().region(), names::get),
                facet(search, "fundingArea", found.facets().fundingArea(), area -> null),
                facet(search, "indicator", found.facets().indicator(), this::indicatorName),
                facet(search, "year", found.facets().year(), year -> null));
        var sums = found.aggregates().stream()
                .map(sum -> new ResultsPage.Sum(names.getOrDefault(sum.regionKey(), sum.regionKey()),
                        sum.fundingArea(), sum.results(), figures(sum.indicators())))
                .toList();
        var previous = search.page() > 0 ? search.onPage(search.page() - 1) : null;
        var next = (long) (search.page() + 1) * PAGE_SIZE < found.total() ? search.onPage(search.page() + 1) : null;
        return new ResultsPage(search, found.total(), results, facets, sums, previous, next);
    }

    /** Result {@code id}, if it is current and shared with the public; otherwise it is unknown to the portal. */
    ResultsPage.Result one(String id) {
        return catalogue.current(id, Optional.empty()).map(result -> result(result, regionNames()))
                .orElseThrow(() -> Rejection.notFound("no public result " + id));
    }

    private ResultsPage.Result result(ResultPage.Item item, Map<String, String> names) {
        return new ResultsPage.Result(item.resultId(), item.projectTitle(), item.sponsor(), item.regionKey(),
                names.getOrDefault(item.regionKey(), item.regionKey()), item.fundingArea(), item.periodFrom(),
                item.periodTo(), item.recordedOn(), figures(item.indicators()), item.narrative(),
                documents(item.attachments()));
    }

    private ResultsPage.Result result(ResultView view, Map<String, String> names) {
        return new ResultsPage.Result(view.resultId(), view.projectTitle(), view.sponsor(), view.regionKey(),
                names.getOrDefault(view.regionKey(), view.regionKey()), view.fundingArea(), view.periodFrom(),
                view.periodTo(), view.recordedOn(), figures(view.indicators()), view.narrative(),
                documents(view.attachments()));
    }

    private static ResultsPage.Facet facet(ResultSearch search, String parameter, Map<String, Long> counts,
                                           Function<String, String> label) {
        var options = counts.entrySet().stream()
                .map(count -> new ResultsPage.Option(count.getKey(), label.apply(count.getKey()), count.getValue(),
                        search.with(parameter, count.getKey()), search.chosen(parameter, count.getKey())))
                .toList();
        return new ResultsPage.Facet(parameter, options, search.without(parameter),
                options.stream().anyMatch(ResultsPage.Option::chosen));
    }

    private List<ResultsPage.Figure> figures(Map<String, BigDecimal> values) {
        return values.entrySet().stream().map(value -> {
            var indicator = indicators.find(value.getKey());
            return new ResultsPage.Figure(value.getKey(), indicator.map(Indicator::name).orElse(value.getKey()),
                    indicator.map(Indicator::unit).orElse(null), value.getValue(), decimals(value.getValue()));
        }).toList();
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private String indicatorName(String code) {
        return indicators.find(code).map(Indicator::name).orElse(code);
    }

    private static List<ResultsPage.Document> documents(List<AttachedDocument> attachments) {
        return attachments == null ? List.of() : attachments.stream()
                .map(document -> new ResultsPage.Document(document.name(), document.reference())).toList();
    }

    private Map<String, String> regionNames() {
        return regions.regions().all("_id").stream().filter(region -> region.name() != null)
                .collect(Collectors.toMap(RegionView::key, RegionView::name));
    }
}
