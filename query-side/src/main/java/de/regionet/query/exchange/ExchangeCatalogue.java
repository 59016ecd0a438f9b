package de.regionet.query.exchange;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.exchange.ExchangeKind;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.practice.PracticeProjection;
import de.regionet.query.practice.PracticeView;
import de.regionet.query.result.ResultAudience;
import de.regionet.query.result.ResultCatalogue;
import de.regionet.query.result.ResultQuery;
import de.regionet.query.result.ResultView;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The exchange between networks (Austausch): what every network shares beyond its regions, results and examples of
 * good practice, for the HTTP API and the portal alike. A reader gets what is public; signed in, also what is shared
 * nation-wide; and what its own networks share with themselves ({@link ResultAudience}). A result belongs to its
 * project's region's network; a region of no configured network (stored before networks) to Saxony-Anhalt's.
 */
@Component
public class ExchangeCatalogue {

    private record Entry(ExchangeItem item, List<String> terms) {
    }

    private final ResultCatalogue results;
    private final PracticeProjection practices;
    private final Networks networks;

    ExchangeCatalogue(ResultCatalogue results, PracticeProjection practices, Networks networks) {
        this.results = results;
        this.practices = practices;
        this.networks = networks;
    }

    /** The page of {@code query} for {@code reader} (empty: anonymous), with facets over every item it may see. */
    public ExchangePage search(ExchangeQuery query, Optional<Actor> reader) {
        if (query.network() != null && networks.find(query.network()).isEmpty()) {
            throw de.regionet.kernel.Rejection.invalid("network", "there is no network " + query.network()
                    + "; the networks are " + networks.all().stream().map(network -> network.id().value())
                    .collect(Collectors.joining(", ")));
        }
        var visible = Stream.concat(results(reader), practices(reader))
                .filter(entry -> query.q() == null || ResultQuery.matches(query.q(), entry.terms()))
                .map(Entry::item).toList();
        var matching = visible.stream().filter(item -> kindMatches(query, item) && networkMatches(query, item)
                && regionMatches(query, item)).sorted(NEWEST_FIRST).toList();
        var facets = new ExchangePage.Facets(
                count(visible.stream().filter(item -> networkMatches(query, item) && regionMatches(query, item)),
                        item -> item.kind().parameter()),
                count(visible.stream().filter(item -> kindMatches(query, item) && regionMatches(query, item)),
                        item -> item.network().id()),
                count(visible.stream().filter(item -> kindMatches(query, item) && networkMatches(query, item)),
                        ExchangeItem::regionKey));
        var page = matching.stream().skip((long) query.page() * query.size()).limit(query.size()).toList();
        return new ExchangePage(matching.size(), query.page(), query.size(), page, facets);
    }

    /** The networks of the installation, for a reader to choose from. */
    public List<Network> networks() {
        return networks.all();
    }

    private static final Comparator<ExchangeItem> NEWEST_FIRST = Comparator.comparing(ExchangeItem::date,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(ExchangeItem::id);

    private Stream<Entry> results(Optional<Actor> reader) {
        return results.sharedBeyondTheirRegion().stream()
                .filter(result -> ResultAudience.sees(reader, result.audience(), result.regionKey(), result.sponsor()))
                .map(this::entry);
    }

    private Stream<Entry> practices(Optional<Actor> reader) {
        return practices.practices().all("_id").stream().filter(PracticeView::shared)
                .filter(practice -> ResultAudience.seesShared(reader, practice.audience(),
                        new NetworkId(practice.network())))
                .map(this::entry);
    }

    private Entry entry(ResultView result) {
        var item = new ExchangeItem(ExchangeKind.RESULT, result.resultId(), networkOf(result.regionKey()),
                result.regionKey(), result.projectTitle(), ExchangeItem.shortened(result.narrative()), List.of(),
                result.audience(), result.recordedOn(),
                "/api/projects/" + result.projectId() + "/results/" + result.resultId(),
                portalPage(result.audience(), "/ergebnisse/" + result.resultId()));
        return new Entry(item, result.terms());
    }

    private Entry entry(PracticeView practice) {
        var item = new ExchangeItem(ExchangeKind.PRACTICE, practice.id(), network(practice.network()),
                practice.regionKey(), practice.title(), ExchangeItem.shortened(practice.summaryText()),
                practice.topics(), practice.audience(), practice.updatedOn(),
                "/api/exchange/practices/" + practice.id(),
                portalPage(practice.audience(), "/austausch/praxis/" + practice.id()));
        var texts = Stream.concat(Stream.of(practice.title(), practice.summaryText(), practice.contactOrganisation()),
                practice.topics().stream()).filter(Objects::nonNull).toArray(String[]::new);
        return new Entry(item, ResultQuery.terms(texts));
    }

    /** The portal shows what is public only; the others have no page there. */
    private static String portalPage(de.regionet.kernel.project.Audience audience, String page) {
        return ResultAudience.reachesThePublic(audience) ? page : null;
    }

    private ExchangeItem.Network networkOf(String regionKey) {
        var id = regionKey != null && RegionKey.isValid(regionKey) ? networks.of(new RegionKey(regionKey))
                .map(Network::id).orElse(NetworkId.SACHSEN_ANHALT) : NetworkId.SACHSEN_ANHALT;
        return network(id.value());
    }

    private ExchangeItem.Network network(String id) {
        var name = networks.find(new NetworkId(id)).map(Network::name).orElse(id);
        return new ExchangeItem.Network(id, name);
    }

    private static boolean kindMatches(ExchangeQuery query, ExchangeItem item) {
        return query.kind() == null || query.kind() == item.kind();
    }

    private static boolean networkMatches(ExchangeQuery query, ExchangeItem item) {
        return query.network() == null || query.network().value().equals(item.network().id());
    }

    private static boolean regionMatches(ExchangeQuery query, ExchangeItem item) {
        return query.region() == null || query.region().value().equals(item.regionKey());
    }

    private static Map<String, Long> count(Stream<ExchangeItem> items, Function<ExchangeItem, String> key) {
        return items.filter(item -> key.apply(item) != null)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
