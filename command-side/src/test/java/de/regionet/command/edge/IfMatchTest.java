package de.regionet.command.edge;

import de.regionet.kernel.Rejection;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

class IfMatchTest {

    /** A command endpoint as the controllers write one: the header arrives as a parameter, already read. */
    @RestController
    static class Endpoint {

        @PutMapping("/things")
        String change(IfMatch ifMatch) {
            return ifMatch.sent() + " " + ifMatch.version();
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoint())
            .setCustomArgumentResolvers(new IfMatchResolver()).build();

    @Test
    void a_controller_receives_the_version_the_header_names() throws Exception {
        mvc.perform(put("/things").header("If-Match", "\"3\"")).andExpect(content().string("true 3"));
        mvc.perform(put("/things").header("If-Match", "W/\"4\"")).andExpect(content().string("true 4"));
    }

    @Test
    void a_request_without_the_header_names_no_version() throws Exception {
        mvc.perform(put("/things")).andExpect(content().string("false null"));
        mvc.perform(put("/things").header("If-Match", " ")).andExpect(content().string("false null"));
    }

    @Test
    void a_star_is_sent_but_names_whatever_is_current() throws Exception {
        mvc.perform(put("/things").header("If-Match", "*")).andExpect(content().string("true null"));
    }

    @Test
    void several_header_lines_name_no_single_version_and_can_never_match() {
        assertThatThrownBy(() -> mvc.perform(put("/things").header("If-Match", "\"3\"", "\"4\"")))
                .hasRootCauseInstanceOf(Rejection.class);
    }

    @Test
    void a_tag_that_names_no_version_of_ours_is_stale() {
        assertThatThrownBy(() -> IfMatch.of("\"latest\"")).isInstanceOfSatisfying(Rejection.class, rejection -> {
            assertThat(rejection.kind()).isEqualTo(Rejection.Kind.STALE_VERSION);
            assertThat(rejection.field()).isEqualTo("If-Match");
        });
    }

    @Test
    void a_value_that_is_no_entity_tag_is_a_malformed_header() {
        assertThatThrownBy(() -> IfMatch.of("\"3\"\u00e4")).isInstanceOfSatisfying(InvalidHeader.class,
                invalid -> assertThat(invalid.header()).isEqualTo("If-Match"));
        assertThatThrownBy(() -> IfMatch.of("\"" + "1".repeat(200) + "\"")).isInstanceOf(InvalidHeader.class);
    }

    @Test
    void a_required_version_refuses_a_request_without_the_header_as_precondition_required() {
        assertThatThrownBy(() -> IfMatch.of(null).required("send the ETag you read"))
                .isInstanceOfSatisfying(Rejection.class, rejection -> {
                    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.PRECONDITION_REQUIRED);
                    assertThat(rejection.field()).isEqualTo("If-Match");
                    assertThat(rejection).hasMessage("send the ETag you read");
                });
        assertThat(IfMatch.of("*").required("unused").version()).isNull();
        assertThat(IfMatch.of("\"5\"").required("unused").version()).isEqualTo(5L);
    }
}
