package de.regionet.query.result;

import de.regionet.kernel.project.Audience;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue answers in the field names its clients read. */
class ResultPageJsonTest {

    @Test
    void a_page_is_written_with_items_facets_and_aggregates() {
        var result = new ResultView("r-1", "p-1", "Brücke", "Begleitung", "Bildungswerk", "15089", "A",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), Map.of("PARTICIPANTS", new BigDecimal("45")),
                "Bilanz", Audience.PUBLIC, LocalDate.of(2025, 7, 1), null, null, List.of(),
                ResultQuery.terms("Brücke", "Begleitung", "Bilanz"), 1);
        var json = JsonMapper.builder().build().writeValueAsString(ResultPage.of(List.of(result), 0, 20));
        assertThat(json).startsWith("{\"total\":1,\"page\":0,\"size\":20,\"items\":[{\"resultId\":\"r-1\","
                + "\"projectId\":\"p-1\",\"projectTitle\":\"Brücke\",\"sponsor\":\"Bildungswerk\","
                + "\"regionKey\":\"15089\",\"fundingArea\":\"A\",\"periodFrom\":\"2025-01-01\","
                + "\"periodTo\":\"2025-06-30\",\"indicators\":{\"PARTICIPANTS\":45},\"narrative\":\"Bilanz\","
                + "\"audience\":\"PUBLIC\",\"recordedOn\":\"2025-07-01\",\"corrects\":null,\"attachments\":[]}],"
                + "\"facets\":{\"region\":{\"15089\":1},\"fundingArea\":{\"A\":1},\"indicator\":{\"PARTICIPANTS\":1},"
                + "\"year\":{\"2025\":1}},"
                + "\"aggregates\":[{\"regionKey\":\"15089\",\"fundingArea\":\"A\",\"results\":1,"
                + "\"indicators\":{\"PARTICIPANTS\":45}}]}");
    }
}
