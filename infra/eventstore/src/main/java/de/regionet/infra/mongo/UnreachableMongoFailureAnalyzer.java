package de.regionet.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoTimeoutException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A start that fails because the MongoDB of {@code regionet.mongo.uri} does not answer (the driver gives up after
 * its server selection timeout): one line with the hosts (never the URI's credentials), the driver's reason and
 * what to do. Registered in {@code META-INF/spring.factories}; Spring Boot hands it the environment.
 */
class UnreachableMongoFailureAnalyzer extends AbstractFailureAnalyzer<MongoTimeoutException> {

    /** The innermost reason in the driver's description of the cluster: "caused by {java.net.X: reason}". */
    private static final Pattern REASON = Pattern.compile("caused by \\{([\\w.$]+): ([^}]*)}");
    private static final String SETTING = "regionet.mongo.uri";

    private final Environment environment;

    UnreachableMongoFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MongoTimeoutException cause) {
        var uri = environment.getProperty(SETTING);
        var where = uri == null || uri.isBlank() ? "The embedded MongoDB-wire server"
                : "MongoDB at " + String.join(",", hosts(uri)) + " (" + SETTING + ")";
        return new FailureAnalysis(where + " cannot be reached: " + reason(cause.getMessage()) + ". Start it or "
                + "correct " + SETTING + " (REGIONET_MONGO_URI); leave it empty to use the embedded store in the "
                + "data directory.",
                "Check that MongoDB runs, that this machine reaches its hosts and port (firewall, DNS), and the "
                        + "replica set name and TLS options in the URI; serverSelectionTimeoutMS in the URI sets "
                        + "how long the driver waits (default 30 s).", cause);
    }

    private static List<String> hosts(String uri) {
        try {
            return new ConnectionString(uri).getHosts();
        } catch (RuntimeException malformed) {
            return List.of("(a URI the driver cannot read)");
        }
    }

    static String reason(String message) {
        if (message == null) {
            return "no server answered in time";
        }
        var matcher = REASON.matcher(message);
        String reason = null;
        while (matcher.find()) {
            var type = matcher.group(1);
            reason = type.substring(type.lastIndexOf('.') + 1) + ": " + matcher.group(2).strip();
        }
        return reason != null ? reason : "no server answered in time";
    }
}
