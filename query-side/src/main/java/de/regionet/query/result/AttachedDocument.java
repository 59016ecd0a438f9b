package de.regionet.query.result;

import de.regionet.kernel.project.Attachment;

import java.util.List;

/** A document attached to a result or final report, as read documents keep it: name, where to find it, its hash. */
public record AttachedDocument(String name, String reference, String sha256) {

    public static List<AttachedDocument> of(List<Attachment> attachments) {
        return attachments == null ? List.of() : attachments.stream()
                .map(attachment -> new AttachedDocument(attachment.name(), attachment.reference(),
                        attachment.sha256().value()))
                .toList();
    }
}
