package de.regionet.kernel.project;

import de.regionet.kernel.Require;
import de.regionet.kernel.agreement.DocumentHash;

/**
 * A document that belongs to a result or final report, kept outside RegioNet: its name, where it is found and its
 * SHA-256, which proves which document was reported.
 */
public record Attachment(String name, String reference, DocumentHash sha256) {

    public Attachment {
        name = Require.text(name, "name", 200);
        reference = Require.text(reference, "reference", 1000);
        Require.present(sha256, "sha256");
    }
}
