package de.regionet.infra.mongo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * {@code regionet.embedded.port} names a port that is taken: one line naming it and what to do. Registered in
 * {@code META-INF/spring.factories}.
 */
class EmbeddedPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPortInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPortInUse cause) {
        return new FailureAnalysis("The embedded MongoDB-wire server cannot listen on 127.0.0.1:" + cause.port()
                + " (regionet.embedded.port): the port is in use. Stop what listens there, choose another port, or "
                + "leave regionet.embedded.port unset if no other node uses this store.",
                "A second node on this machine uses the first node's store by "
                        + "--regionet.mongo.uri=mongodb://127.0.0.1:<port>/?directConnection=true; see README "
                        + "\"Two nodes with a broker\".", cause);
    }
}
