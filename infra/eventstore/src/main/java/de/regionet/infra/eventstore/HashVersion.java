package de.regionet.infra.eventstore;

import de.regionet.infra.eventstore.EventDocuments.Content;

import java.util.Optional;

/**
 * The algorithms an event's hash may have been computed with; each stored event names its own (a document without
 * {@code hashVersion} is version 1), so a store written before version 2 keeps verifying while new events use the
 * current one. The definitions, for outsiders, are in {@code docs/audit.md}; {@link CanonicalForm} has the code.
 */
public enum HashVersion {

    /** SHA-256 over {@code <length>:<value>} fields, lengths in UTF-16 units: stores written before version 2. */
    V1(1),
    /** SHA-256 over the UTF-8 bytes of the RFC 8785 (JCS) canonical JSON of the hashed fields. */
    V2(2);

    /** What new events are hashed with. */
    public static final HashVersion CURRENT = V2;

    private final int number;

    HashVersion(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The version with this number, if there is one. */
    public static Optional<HashVersion> of(int number) {
        for (var version : values()) {
            if (version.number == number) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /**
     * The hash of an event at {@code position} chained to {@code previousHash}, as lower-case hex.
     *
     * @throws IllegalArgumentException for version 2, when a field is not well-formed Unicode (a lone surrogate):
     *                                  such text has no UTF-8 bytes, and hashing a substitute would hash something
     *                                  other than what is stored
     */
    public String hash(Content content, long position, String previousHash) {
        return switch (this) {
            case V1 -> EventDocuments.sha256(CanonicalForm.v1(content, position, previousHash));
            case V2 -> EventDocuments.sha256(CanonicalForm.utf8(CanonicalForm.v2(content, position, previousHash)));
        };
    }
}
