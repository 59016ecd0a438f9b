package de.regionet.kernel.news;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identity of a news article of the network office. */
public record NewsArticleId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public NewsArticleId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a news article id is a non-blank identifier of at most 64 characters");
        }
    }

    public static NewsArticleId random() {
        return new NewsArticleId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
