package de.regionet.infra.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public results catalogue page shows: only results shared with the public, their facets and the sums
 * the catalogue computes over every match. Built by {@link PublicResults}; names of regions and indicators are
 * looked up once here, so the template only formats.
 */
record ResultsPage(ResultSearch search, int total, List<Result> results, List<Facet> facets, List<Sum> sums,
                   String previous, String next) {

    /** A shared result with what the list and the result's page show of it and its project. */
    record Result(String id, String projectTitle, String sponsor, String regionKey, String regionName,
                  String fundingArea, LocalDate periodFrom, LocalDate periodTo, LocalDate recordedOn,
                  List<Figure> figures, String narrative, List<Document> documents) {

        /** The calendar year the reporting period ends in, the year the list names. */
        public int year() {
            return (periodTo == null ? periodFrom : periodTo).getYear();
        }
    }

    /** An indicator's value; {@code decimals} is how many the value needs, so 45 reads "45" and 2.5 "2,5". */
    record Figure(String code, String name, String unit, BigDecimal value, int decimals) {
    }

    /** A document attached to a result: its name and where it is kept. */
    record Document(String name, String reference) {
    }

    /** One facet (region, funding area, indicator, year): its parameter, its options and the link to leave it. */
    record Facet(String parameter, List<Option> options, String clear, boolean active) {
    }

    /** One value of a facet with how many matching results have it; {@code label} is null where a key names it. */
    record Option(String value, String label, long count, String link, boolean chosen) {
    }

    /** The sums over the matching results of one region and funding area. */
    record Sum(String regionName, String fundingArea, int results, List<Figure> figures) {
    }
}
