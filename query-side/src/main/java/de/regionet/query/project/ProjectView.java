package de.regionet.query.project;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.project.Audience;
import de.regionet.query.readmodel.VersionedCollection;
import de.regionet.query.result.AttachedDocument;
import de.regionet.query.result.ResultAudience;
import org.bson.codecs.pojo.annotations.BsonId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A funded project with every result it recorded, corrections included: a corrected result stays in the history,
 * marked {@code correctedBy}. {@code latestIndicators} sums the current results (those nobody corrected); stored
 * over all of them, and recomputed by {@link #readBy} over the results the reader may see.
 */
public record ProjectView(@BsonId String id, String callId, String proposalId, String resolutionId,
                          String regionKey, String programmeId, String fundingArea, String sponsor, String title,
                          String summary, BigDecimal grantEuro, int durationMonths,
                          Map<String, BigDecimal> plannedIndicators, LocalDate launchedOn, Status status,
                          LocalDate completedOn, String finalReport, List<AttachedDocument> finalReportAttachments,
                          List<Result> results, Map<String, BigDecimal> latestIndicators,
                          SelectedBeforeRegioNet selectedBeforeRegioNet, List<Funding> funds, long version)
        implements VersionedCollection.Versioned {

    /** A document written before projects named their funds has none. */
    public ProjectView {
        funds = funds == null ? List.of() : funds;
    }

    /**
     * What one fund ({@code ESF}, {@code ESF_PLUS}, {@code EFRE}, {@code LAND}, {@code OTHER}) pays towards the
     * project; the amounts sum to {@code grantEuro}. None for a project granted in one amount without funds named.
     */
    public record Funding(String fund, BigDecimal amountEuro) {
    }

    /**
     * Who selected a project before RegioNet, and when; {@code null} for a project selected in a RegioNet call,
     * whose {@code callId}, {@code proposalId} and {@code resolutionId} say how it was selected instead.
     */
    public record SelectedBeforeRegioNet(String decidedBy, LocalDate decidedOn) {
    }

    public enum Status { RUNNING, COMPLETED }

    /** A recorded result; {@code corrects} the earlier one it replaces, {@code correctedBy} the one replacing it. */
    public record Result(String id, LocalDate periodFrom, LocalDate periodTo, Map<String, BigDecimal> indicators,
                         String narrative, List<AttachedDocument> attachments, Audience audience, String corrects,
                         String correctedBy, LocalDate recordedOn) {

        boolean current() {
            return correctedBy == null;
        }

        Result sharedWith(Audience wider) {
            return new Result(id, periodFrom, periodTo, indicators, narrative, attachments, wider, corrects,
                    correctedBy, recordedOn);
        }

        Result correctedBy(String correction) {
            return new Result(id, periodFrom, periodTo, indicators, narrative, attachments, audience, corrects,
                    correction, recordedOn);
        }
    }

    /**
     * The project as {@code reader} (empty: anonymous) may see it: only the results shared with the reader. Public
     * for the console's pages, which show a project exactly as the API answers it.
     */
    public ProjectView readBy(Optional<Actor> reader) {
        var visible = results.stream()
                .filter(result -> ResultAudience.sees(reader, result.audience(), regionKey, sponsor)).toList();
        return withResults(visible, version);
    }

    ProjectView withResult(Result result, long newVersion) {
        var all = new ArrayList<Result>();
        for (var earlier : results) {
            all.add(earlier.id().equals(result.corrects()) ? earlier.correctedBy(result.id()) : earlier);
        }
        all.add(result);
        return withResults(List.copyOf(all), newVersion);
    }

    /** The same project with result {@code resultId} shared with {@code wider}. */
    ProjectView withResultShared(String resultId, Audience wider, long newVersion) {
        return withResults(results.stream().map(result -> result.id().equals(resultId) ? result.sharedWith(wider)
                : result).toList(), newVersion);
    }

    /** The same project with only {@code someResults}, its latest indicators summed over them. */
    ProjectView withResultsOnDay(List<Result> someResults) {
        return withResults(someResults, version);
    }

    ProjectView completed(LocalDate on, String report, List<AttachedDocument> attachments, long newVersion) {
        return new ProjectView(id, callId, proposalId, resolutionId, regionKey, programmeId, fundingArea, sponsor,
                title, summary, grantEuro, durationMonths, plannedIndicators, launchedOn, Status.COMPLETED, on,
                report, attachments, results, latestIndicators, selectedBeforeRegioNet, funds, newVersion);
    }

    private ProjectView withResults(List<Result> someResults, long newVersion) {
        return new ProjectView(id, callId, proposalId, resolutionId, regionKey, programmeId, fundingArea, sponsor,
                title, summary, grantEuro, durationMonths, plannedIndicators, launchedOn, status, completedOn,
                finalReport, finalReportAttachments, someResults, sumOfCurrent(someResults), selectedBeforeRegioNet,
                funds, newVersion);
    }

    private static Map<String, BigDecimal> sumOfCurrent(List<Result> results) {
        var sums = new TreeMap<String, BigDecimal>();
        results.stream().filter(Result::current)
                .forEach(result -> result.indicators().forEach((code, value) -> sums.merge(code, value,
                        BigDecimal::add)));
        return sums;
    }
}
