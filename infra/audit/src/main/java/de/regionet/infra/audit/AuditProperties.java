package de.regionet.infra.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * {@code regionet.audit.*}.
 *
 * @param exportKeyFile the RSA key that signs export manifests, as a JWK JSON file; default
 *                      {@code regionet-export-key.json} in the data directory, generated on first start
 */
@ConfigurationProperties("regionet.audit")
public record AuditProperties(Path exportKeyFile) {
}
