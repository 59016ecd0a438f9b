package de.regionet.infra.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where RegioNet keeps its data.
 *
 * @param mongo    {@code regionet.mongo.uri} (env {@code REGIONET_MONGO_URI}) points at a real MongoDB; when it is
 *                 empty, an embedded MongoDB-wire server starts inside the application
 * @param dataDir  {@code regionet.data-dir}: where the embedded server keeps its file
 * @param embedded {@code regionet.embedded.backend}: {@code h2} (a file under the data directory, survives restarts)
 *                 or {@code memory} (for tests); {@code regionet.embedded.port}: the port on 127.0.0.1 the embedded
 *                 server listens on, so that a second node on the same machine can use it by
 *                 {@code regionet.mongo.uri=mongodb://127.0.0.1:<port>} (unset: a free port, for this node only)
 */
@ConfigurationProperties("regionet")
public record MongoProperties(@DefaultValue Mongo mongo, @DefaultValue("./data") Path dataDir,
                              @DefaultValue Embedded embedded) {

    public record Mongo(String uri, @DefaultValue("regionet") String database) {

        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }

    public record Embedded(@DefaultValue("h2") Backend backend, Integer port) {

        /** The port to bind, 0 for any free one. */
        public int portOrAny() {
            return port == null ? 0 : port;
        }
    }

    public enum Backend { H2, MEMORY }
}
