package de.regionet.query.syndication;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a feed is answered: its bytes with a strong {@code ETag} (the SHA-256 of the bytes, so equal content has an
 * equal tag on every node), and {@code 304 Not Modified} without a body when the reader's {@code If-None-Match}
 * names it. Readers are asked to revalidate, never to trust a copy blindly.
 */
final class FeedAnswers {

    private FeedAnswers() {
    }

    static ResponseEntity<byte[]> answer(String document, MediaType type, WebRequest request) {
        var bytes = document.getBytes(StandardCharsets.UTF_8);
        var etag = "\"" + sha256(bytes) + "\"";
        var cache = CacheControl.noCache().cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).contentType(type).body(bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
