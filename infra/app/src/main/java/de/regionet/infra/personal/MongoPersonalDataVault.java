package de.regionet.infra.personal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The data subjects' keys in MongoDB, apart from the events (ADR 0022): collection {@value #KEYS} holds one
 * document per subject with its AES-256 key, and the vault's own secret for blind indexes and pseudonyms;
 * collection {@value #INDEX} maps a keyed hash (HMAC-SHA256) of a normalised e-mail address to the subjects recorded
 * under it. Data is
 * sealed with AES-GCM (a fresh 96-bit nonce per seal, the subject id as associated data, so a ciphertext moved to
 * another subject does not open), stored as {@code base64url(1 | nonce | ciphertext and tag)}.
 *
 * <p>Erasure removes the key from the subject's document and keeps the document as a tombstone with the instant
 * of erasure, so "erased" can be told from "never known". Keys read are cached for
 * {@code regionet.personal-data.key-cache} (default 10 s): another node that erases a subject is seen within that
 * time; this node sees its own erasures at once.
 */
@Component
class MongoPersonalDataVault implements PersonalDataVault {

    static final String KEYS = "personal_data_keys";
    static final String INDEX = "personal_data_index";
    private static final String VAULT_SECRET = "vault-secret";
    private static final String KEY = "key";
    private static final String ERASED = "erased";
    private static final String KIND = "kind";
    private static final String NAME = "name";
    private static final String INDEXED = "indexed";
    private static final String SUBJECTS = "subjects";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte FORMAT = 1;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final MongoCollection<Document> keys;
    private final MongoCollection<Document> index;
    private final SecureRandom random = new SecureRandom();
    private final Cache<SubjectId, Optional<SecretKeySpec>> cache;
    private final Cache<String, SubjectId> users = Caffeine.newBuilder().maximumSize(10_000).build();
    private volatile SecretKeySpec secret;

    MongoPersonalDataVault(MongoDatabase database,
                           @Value("${regionet.personal-data.key-cache:10s}") Duration keyCache) {
        this.keys = database.getCollection(KEYS);
        this.index = database.getCollection(INDEX);
        this.cache = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(keyCache).build();
    }

    @Override
    public SubjectId newSubject(String email) {
        var subject = SubjectId.newPerson();
        var indexed = email == null || email.isBlank() ? List.<String>of()
                : List.of(blindIndex("email", normalisedEmail(email)));
        keys.insertOne(new Document("_id", subject.value()).append(KIND, "person").append(KEY, new Binary(newKey()))
                .append(INDEXED, indexed).append("created", new Date()));
        indexed.forEach(indexId -> index.updateOne(Filters.eq("_id", indexId),
                Updates.addToSet(SUBJECTS, subject.value()), new UpdateOptions().upsert(true)));
        return subject;
    }

    @Override
    public List<SubjectId> subjectsByEmail(String email) {
        var document = index.find(Filters.eq("_id", blindIndex("email", normalisedEmail(email)))).first();
        return document == null ? List.of()
                : document.getList(SUBJECTS, String.class, List.of()).stream().map(SubjectId::new).toList();
    }

    /**
     * Every command names its user by this, and the upcaster every older event: the key document is looked up (and
     * made) once per user name and node, not per call.
     */
    @Override
    public SubjectId userSubject(String userName) {
        return users.get(userName, this::ensureUser);
    }

    private SubjectId ensureUser(String userName) {
        var subject = SubjectId.user(blindIndex("user", userName).substring(0, 26));
        if (keys.find(Filters.eq("_id", subject.value())).first() == null) {
            try {
                var key = newKey();
                keys.insertOne(new Document("_id", subject.value()).append(KIND, "user")
                        .append(KEY, new Binary(key)).append("created", new Date())
                        .append(NAME, sealWith(subject, new SecretKeySpec(key, "AES"), userName)));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        return subject;
    }

    @Override
    public Optional<String> userName(SubjectId subject) {
        var document = keys.find(Filters.eq("_id", subject.value())).first();
        if (document == null || document.getString(NAME) == null) {
            return Optional.empty();
        }
        return open(new Sealed(subject, document.getString(NAME)));
    }

    @Override
    public Sealed seal(SubjectId subject, String text) {
        if (text == null) {
            return null;
        }
        var key = keyOf(subject).orElseThrow(() -> new IllegalStateException(
                "data subject " + subject + " is erased or unknown: nothing can be recorded for it"));
        return new Sealed(subject, sealWith(subject, key, text));
    }

    @Override
    public Optional<String> open(Sealed sealed) {
        return keyOf(sealed.subject()).flatMap(key -> openWith(sealed, key));
    }

    @Override
    public boolean isErased(SubjectId subject) {
        var document = keys.find(Filters.eq("_id", subject.value())).first();
        return document != null && document.get(ERASED) != null;
    }

    @Override
    public boolean erase(SubjectId subject) {
        var document = keys.find(Filters.eq("_id", subject.value())).first();
        cache.invalidate(subject);
        if (document == null || document.get(ERASED) != null) {
            return false;
        }
        document.getList(INDEXED, String.class, List.of()).forEach(indexId -> index.updateOne(
                Filters.eq("_id", indexId), Updates.pull(SUBJECTS, subject.value())));
        keys.updateOne(Filters.eq("_id", subject.value()), Updates.combine(Updates.unset(KEY), Updates.unset(NAME),
                Updates.unset(INDEXED), Updates.set(ERASED, Date.from(Instant.now()))));
        cache.invalidate(subject);
        return true;
    }

    /** Lower case, trimmed, Unicode NFC: how an address is compared. */
    static String normalisedEmail(String email) {
        return Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private Optional<SecretKeySpec> keyOf(SubjectId subject) {
        return cache.get(subject, id -> Optional.ofNullable(keys.find(Filters.eq("_id", id.value())).first())
                .map(document -> document.get(KEY, Binary.class))
                .map(binary -> new SecretKeySpec(binary.getData(), "AES")));
    }

    private byte[] newKey() {
        var key = new byte[32];
        random.nextBytes(key);
        return key;
    }

    private String sealWith(SubjectId subject, SecretKeySpec key, String text) {
        try {
            var nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subject.value().getBytes(StandardCharsets.UTF_8));
            var encrypted = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(ByteBuffer.allocate(1 + NONCE_BYTES + encrypted.length)
                    .put(FORMAT).put(nonce).put(encrypted).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    private static Optional<String> openWith(Sealed sealed, SecretKeySpec key) {
        byte[] bytes;
        try {
            bytes = DECODER.decode(sealed.ciphertext());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != FORMAT) {
            return Optional.empty();
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 1, NONCE_BYTES));
            cipher.updateAAD(sealed.subject().value().getBytes(StandardCharsets.UTF_8));
            var plain = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /**
     * A keyed hash of {@code kind:value} under the vault's secret, base64url: the blind index of an address, the
     * pseudonym of a user name. Without the secret neither can be computed from a guess.
     */
    private String blindIndex(String kind, String value) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(secret());
            var hash = mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(hash).replace('_', 'x').replace('-', 'y');
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }

    /** The vault's secret, created once by the first node that needs it; every node then reads the same. */
    private SecretKeySpec secret() {
        var known = secret;
        if (known != null) {
            return known;
        }
        var stored = keys.find(Filters.eq("_id", VAULT_SECRET)).first();
        if (stored == null) {
            try {
                keys.insertOne(new Document("_id", VAULT_SECRET).append(KEY, new Binary(newKey()))
                        .append("created", new Date()));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            stored = keys.find(Filters.eq("_id", VAULT_SECRET)).first();
        }
        known = new SecretKeySpec(stored.get(KEY, Binary.class).getData(), "HmacSHA256");
        secret = known;
        return known;
    }
}
