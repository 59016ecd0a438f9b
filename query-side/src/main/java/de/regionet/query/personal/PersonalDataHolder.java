package de.regionet.query.personal;

import de.regionet.kernel.personal.SubjectId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A read model that keeps personal data (sealed, ADR 0022) answers what it holds about a person, for an access
 * request (GDPR Art. 15, {@code GET /api/personal-data}). Every such read model is a Spring bean implementing this;
 * the access request asks them all, so a new read model with personal data is found by adding the interface.
 */
public interface PersonalDataHolder {

    /** What this read model holds about any of {@code subjects}, opened; empty where it holds nothing. */
    List<Held> about(Collection<SubjectId> subjects);

    /**
     * One record about the person: its kind ({@code contact-person}, {@code registration}, …), the record's id, the
     * subject it is sealed under, and its fields as shown (opened text, or {@code null} with {@code erased} true).
     */
    record Held(String kind, String id, SubjectId subject, Map<String, Object> data, boolean erased) {
    }
}
