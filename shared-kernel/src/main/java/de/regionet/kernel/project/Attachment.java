package de.regionet.kernel.project;

import de.regionet.kernel.Require;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.agreement.DocumentHash;

/**
 * A document that belongs to a result or final report, kept outside RegioNet: its name, where it is found and its
 * SHA-256, which proves which document was reported.
 */
public record Attachment(String name, String reference, DocumentHash sha256) {

    public static final int MAX_REFERENCE = 1000;

    public Attachment {
        name = Require.text(name, "name", TextLimits.NAME);
        reference = Require.text(reference, "reference", MAX_REFERENCE);
        Require.present(sha256, "sha256");
    }
}
