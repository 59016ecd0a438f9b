package de.regionet.command.edge;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.Map;

/**
 * What the command API answers once the events of a command are stored: status, the new aggregate version (sent
 * as {@code ETag}) and, for creations, the new resource's location and id. Kept as data so a retried creation
 * with the same {@code Idempotency-Key} can be answered exactly as the first time.
 */
public record CommandAnswer(int status, String location, long version, Map<String, String> body) {

    public static CommandAnswer created(String location, long version, Map<String, String> body) {
        return new CommandAnswer(HttpStatus.CREATED.value(), location, version, body);
    }

    /** A change that creates no resource of its own but has something to say, e.g. whether a vote decided. */
    public static CommandAnswer ok(long version, Map<String, String> body) {
        return new CommandAnswer(HttpStatus.OK.value(), null, version, body);
    }

    public static CommandAnswer done(long version) {
        return new CommandAnswer(HttpStatus.NO_CONTENT.value(), null, version, Map.of());
    }

    public ResponseEntity<Map<String, String>> toResponse() {
        var headers = new HttpHeaders();
        headers.setETag(Versions.etag(version));
        if (location != null) {
            headers.setLocation(URI.create(location));
        }
        var builder = ResponseEntity.status(status).headers(headers);
        return status == HttpStatus.NO_CONTENT.value() ? builder.build() : builder.body(body);
    }
}
