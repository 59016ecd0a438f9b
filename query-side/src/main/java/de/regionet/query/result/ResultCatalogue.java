package de.regionet.query.result;

import de.regionet.kernel.access.Actor;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The one way into the shared results catalogue, for the HTTP API and the public portal's pages alike, so both
 * answer a reader the same results, facets and sums ({@link ResultAudience} decides what each reader sees).
 */
@Component
public class ResultCatalogue {

    private final ResultCatalogueProjection projection;

    ResultCatalogue(ResultCatalogueProjection projection) {
        this.projection = projection;
    }

    /** The page of {@code query} for {@code reader} (empty: anonymous), with facets and sums over every match. */
    public ResultPage search(ResultQuery query, Optional<Actor> reader) {
        return ResultPage.of(query.matching(projection.results().where(query.storeFilter()), reader), query.page(),
                query.size());
    }

    /**
     * Every current result shared beyond its region (with its network, nation-wide or the public), whoever reads:
     * what the exchange between networks lists, each reader then only those {@link ResultAudience} lets it see.
     */
    public java.util.List<ResultView> sharedBeyondTheirRegion() {
        return projection.results().where(com.mongodb.client.model.Filters.eq("correctedBy", null)).stream()
                .filter(result -> ResultAudience.reachesBeyondItsRegion(result.audience())).toList();
    }

    /** Result {@code id} while it is current and shared with {@code reader}; empty otherwise. */
    public Optional<ResultView> current(String id, Optional<Actor> reader) {
        return projection.results().find(id).filter(ResultView::current)
                .filter(result -> ResultAudience.sees(reader, result.audience(), result.regionKey(),
                        result.sponsor()));
    }
}
