package de.regionet.infra.mongo;

/**
 * The embedded server cannot listen on {@code regionet.embedded.port}: something else does.
 * {@link EmbeddedPortInUseFailureAnalyzer} says so in one line.
 */
final class EmbeddedPortInUse extends IllegalStateException {

    private final int port;

    EmbeddedPortInUse(int port, Throwable cause) {
        super("the embedded MongoDB-wire server cannot listen on 127.0.0.1:" + port, cause);
        this.port = port;
    }

    int port() {
        return port;
    }
}
