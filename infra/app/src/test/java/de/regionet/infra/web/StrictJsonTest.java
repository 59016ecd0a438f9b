package de.regionet.infra.web;

import de.regionet.kernel.MultiLine;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.region.RegionKind;
import de.regionet.kernel.workinggroup.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The request body mapper on its own: what it binds, what it refuses, and which field it names. */
class StrictJsonTest {

    record Sample(String name, @MultiLine String body, LocalDate on, Instant at, OffsetDateTime start, Integer months,
                  BigDecimal value, Map<String, Integer> counts, List<String> tags, RegionKey region,
                  RegionKind kind, MemberId member) {
    }

    private final JsonMapper json = mapper();

    private static JsonMapper mapper() {
        var strict = new StrictJson();
        var builder = JsonMapper.builder();
        strict.noScalarCoercionToText().customize(builder);
        strict.noCoercionAtAll().customize(builder);
        strict.validTextAndDates().customize(builder);
        return builder.build();
    }

    private Sample read(String body) {
        return json.readValue(body, Sample.class);
    }

    @Test
    void valid_values_are_bound_and_text_is_normalised_to_nfc() {
        var sample = read("""
                {"name":"Re\\u0301sume\\u0301","body":"a\\n\\tb\\r\\n","on":"2026-03-31","at":"2026-03-31T12:00:00Z",
                 "start":"2026-03-31T10:00:00+02:00","months":36,"value":1.5,"counts":{"x":1},"tags":["t"],
                 "region":"15089"}""");
        assertThat(sample.name()).isEqualTo("Résumé").hasSize(6);
        assertThat(sample.body()).isEqualTo("a\n\tb\r\n");
        assertThat(sample.on()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(sample.months()).isEqualTo(36);
        assertThat(sample.region()).isEqualTo(new RegionKey("15089"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"a\\ud800\"}", "{\"name\":\"a\\udc00b\"}", "{\"name\":\"a\\u0000\"}",
            "{\"name\":\"a\\u0007\"}", "{\"name\":\"a\\n\"}", "{\"name\":\"a\\t\"}", "{\"name\":\"\\u007f\"}",
            "{\"name\":\"\\u0085\"}", "{\"body\":\"\\u0000\"}", "{\"body\":\"\\ud800\"}", "{\"tags\":[\"a\\u0001\"]}",
            "{\"counts\":{\"a\\u0000\":1}}", "{\"region\":\"1508\\u0000\"}", "{\"kind\":\"DISTRICT\\u0000\"}",
            "{\"kind\":\"\\u0007DISTRICT\"}", "{\"member\":\"m-1\\u0000\"}", "{\"member\":\"m-1\\ud800\"}",
            "{\"on\":\"2026-03-31\\u0007\"}", "{\"on\":\"\\u00002026-03-31\"}"})
    void invalid_text_is_refused_naming_the_field(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(DatabindException.class)
                .satisfies(e -> assertThat(((DatabindException) e).getPath()).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"on\":12345}", "{\"on\":\" 2026-03-31\"}", "{\"on\":\"2026-03-31 \"}", "{\"on\":\"\"}",
            "{\"on\":\"  \"}", "{\"on\":[]}", "{\"on\":[2026,3,31]}", "{\"on\":\"-0001-01-01\"}",
            "{\"on\":\"+999999999-12-31\"}", "{\"on\":\"1989-12-31\"}", "{\"on\":\"2101-01-01\"}",
            "{\"at\":1700000000}", "{\"at\":1700000000.5}", "{\"at\":\"+999999999-12-31T00:00:00Z\"}",
            "{\"start\":\"2200-01-01T10:00:00+01:00\"}", "{\"months\":1.5}", "{\"months\":\"3\"}", "{\"months\":\"\"}",
            "{\"months\":[]}", "{\"value\":\"1.5\"}", "{\"value\":\"\"}", "{\"tags\":\"\"}", "{\"region\":[]}",
            "{\"name\":[]}", "{\"name\":1}"})
    void values_that_are_not_what_they_claim_are_refused(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(DatabindException.class);
    }

    @Test
    void the_edges_of_the_plausible_range_are_dates() {
        assertThat(read("{\"on\":\"1990-01-01\"}").on()).isEqualTo(StrictDates.EARLIEST);
        assertThat(read("{\"on\":\"2100-12-31\"}").on()).isEqualTo(StrictDates.LATEST);
    }
}
