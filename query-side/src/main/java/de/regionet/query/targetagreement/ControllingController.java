package de.regionet.query.targetagreement;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.AUDITOR;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/**
 * The network office's controlling of a year, for the office and auditors: as JSON, or with {@code Accept: text/csv}
 * as CSV for spreadsheets (RFC 4180: the rows in the same order, then one line per indicator total marked
 * {@value #TOTAL}; numbers in plain notation, empty where there is none). Counted as of the year's last day, or
 * today while the year runs.
 */
@RestController
class ControllingController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final String TOTAL = "TOTAL";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader("regionKey", "regionName", "indicator", "target", "actual", "percent").get();

    private final NetworkControlling controlling;
    private final Networks networks;

    ControllingController(NetworkControlling controlling, Networks networks) {
        this.controlling = controlling;
        this.networks = networks;
    }

    /** {@code period}: the year, this year unless given; rows by region and indicator unless sorted otherwise. */
    @ReadableBy(value = ROLES, roles = {NETWORK_OFFICE, AUDITOR})
    @GetMapping("/api/network/controlling")
    ControllingReport report(@RequestParam(name = "period", required = false) String period,
                             @RequestParam(name = "sort", defaultValue = "region") String sort,
                             @RequestParam(name = "order", defaultValue = "asc") String order,
                             @RequestParam(name = "network", required = false) NetworkId network,
                             HttpServletRequest request) {
        return controlling.report(period, sort, order, Readers.regionsShownTo(request, networks, network));
    }

    /** Every region's rows, whoever asks: for callers that decided who reads already. */
    ControllingReport report(String period, String sort, String order) {
        return controlling.report(period, sort, order);
    }

    @ReadableBy(value = ROLES, roles = {NETWORK_OFFICE, AUDITOR})
    @GetMapping(value = "/api/network/controlling", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(name = "period", required = false) String period,
                               @RequestParam(name = "sort", defaultValue = "region") String sort,
                               @RequestParam(name = "order", defaultValue = "asc") String order,
                               @RequestParam(name = "network", required = false) NetworkId network,
                               HttpServletRequest request) {
        return ResponseEntity.ok().contentType(CSV).body(csvOf(report(period, sort, order, network, request)));
    }

    static String csvOf(ControllingReport report) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, FORMAT)) {
            for (var row : report.rows()) {
                printer.printRecord(row.regionKey(), row.regionName(), row.indicator(), plain(row.target()),
                        plain(row.actual()), plain(row.percent()));
            }
            for (var total : report.totals()) {
                printer.printRecord(TOTAL, "", total.indicator(), plain(total.target()), plain(total.actual()),
                        plain(total.percent()));
            }
        } catch (IOException cannotHappenOnAString) {
            throw new UncheckedIOException(cannotHappenOnAString);
        }
        return out.toString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }
}
