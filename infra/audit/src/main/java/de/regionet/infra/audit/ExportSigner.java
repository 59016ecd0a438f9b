package de.regionet.infra.audit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * Signs export manifests: a compact JWS (RS256) whose payload is the manifest's JSON and whose header carries the
 * public key, so the manifest of an export cannot be changed without the private key. The key is the export key
 * ({@code regionet-export-key.json}), not the token key: a signed manifest is never a token, and exports are
 * signed also where an identity provider issues the tokens.
 */
class ExportSigner {

    static final JOSEObjectType TYPE = new JOSEObjectType("regionet-export-manifest");

    private final RSAKey key;

    public ExportSigner(RSAKey key) {
        this.key = key;
    }

    String sign(String manifestJson) {
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(TYPE).keyID(key.getKeyID())
                .jwk(key.toPublicJWK()).build();
        var jws = new JWSObject(header, new Payload(manifestJson));
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the export manifest", e);
        }
        return jws.serialize();
    }

    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    /** The key's RFC 7638 thumbprint (SHA-256, base64url): what an outsider compares. */
    public String thumbprint() {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the thumbprint of the export key", e);
        }
    }
}
