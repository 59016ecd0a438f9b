package de.regionet.kernel.personal;

/**
 * One piece of personal data as it is stored: the text encrypted with the key of its data subject (authenticated
 * encryption, ADR 0022), with the subject named so that a reader knows which key opens it. Events, snapshots and
 * read models hold this and never the text; whoever shows the data opens it through the {@link PersonalDataVault}
 * and shows "erased" where the key is gone. {@link #toString()} never shows the ciphertext either, so a log line
 * or an exception message cannot carry it.
 */
public record Sealed(SubjectId subject, String ciphertext) {

    public Sealed {
        if (subject == null) {
            throw new IllegalArgumentException("sealed personal data names its data subject");
        }
        if (ciphertext == null || ciphertext.isBlank()) {
            throw new IllegalArgumentException("sealed personal data holds a ciphertext");
        }
    }

    @Override
    public String toString() {
        return "Sealed[" + subject + "]";
    }
}
