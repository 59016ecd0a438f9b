package de.regionet.infra.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * An RSA signing key (self-issued tokens, signed audit exports), kept as a JWK JSON file readable by its owner only.
 * Generated on first start, so signatures stay valid across restarts; nodes that share the file sign alike.
 */
public final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private SigningKey() {
    }

    public static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            var key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            var directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            var draft = ownerOnly(directory);
            Files.writeString(draft, key.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.move(draft, file);
                log.info("Generated the signing key {}", file.toAbsolutePath());
                return key;
            } catch (FileAlreadyExistsException anotherNodeWasFaster) {
                Files.deleteIfExists(draft);
                return read(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the signing key " + file, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static Path ownerOnly(Path directory) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(directory, "regionet-jwt-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(directory, "regionet-jwt-key", ".tmp");
    }

    private static RSAKey read(Path file) throws IOException {
        try {
            var key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException(file + " holds no private key, so it cannot sign");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not an RSA key in JWK JSON format", e);
        }
    }
}
