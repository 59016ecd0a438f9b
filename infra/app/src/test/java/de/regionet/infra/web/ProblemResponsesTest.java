package de.regionet.infra.web;

import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures that no single request can provoke on one node, mapped like all others. */
class ProblemResponsesTest {

    @Test
    void a_concurrent_append_to_the_same_aggregate_is_a_409_problem() {
        var response = new ProblemResponses().concurrentChange(new ConcurrencyException("seq 3 of x taken"));
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(((ProblemDetail) response.getBody()).getDetail()).contains("changed concurrently");
    }
}
