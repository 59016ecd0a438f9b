package de.regionet.query.agreement;

import de.regionet.kernel.agreement.AgreementScope;
import de.regionet.query.agreement.AgreementView.Consent;
import de.regionet.query.agreement.AgreementView.PartyTimeline;
import de.regionet.query.agreement.AgreementView.TextVersion;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An agreement as it stood on one day ({@code asOf}, today unless asked otherwise): its status, the text in force
 * and who was bound, next to the whole history (every party's timeline, every version of the text). The answer of
 * {@code GET /api/agreements/{id}[?asOf=]} and of each item of {@code GET /api/agreements}.
 */
public record AgreementAsOf(String id, String title, AgreementScope scope, String regionKey, LocalDate validFrom,
                            LocalDate validUntil, LocalDate asOf, Status status, TextInForce textInForce,
                            List<BoundParty> boundParties, List<PartyTimeline> parties, List<VersionHistory> versions,
                            LocalDate enteredIntoForceOn, LocalDate terminatedOn, String terminationReason,
                            long version) {

    public enum Status {
        /** Not every original party had signed by that day. */
        DRAFT,
        /** Every original party had signed, but the agreement takes effect later (its validity starts later). */
        SIGNED,
        IN_FORCE,
        /** Terminated with effect on or before that day. */
        TERMINATED,
        /** That day lies after {@code validUntil}. */
        EXPIRED
    }

    /** The version of the text that bound the parties that day. */
    public record TextInForce(int version, String documentSha256) {
    }

    /** A party bound that day, and since when. */
    public record BoundParty(String party, String regionKey, LocalDate since) {
    }

    /** A version of the text with its consents; {@code awaitingConsentOf} names current parties yet to consent. */
    public record VersionHistory(int version, String documentSha256, String summary, LocalDate proposedOn,
                                 List<Consent> consents, LocalDate inForceFrom, List<String> awaitingConsentOf) {
    }

    static AgreementAsOf of(AgreementView agreement, LocalDate day) {
        var bound = agreement.parties().stream().filter(party -> agreement.binds(party, day))
                .map(party -> new BoundParty(party.party(), party.regionKey(),
                        party.original() ? agreement.enteredIntoForceOn() : party.accededOn()))
                .toList();
        return new AgreementAsOf(agreement.id(), agreement.title(), agreement.scope(), agreement.regionKey(),
                agreement.validFrom(), agreement.validUntil(), day, statusOn(agreement, day), textOn(agreement, day),
                bound, agreement.parties(), versionsOf(agreement),
                agreement.enteredIntoForceOn(), agreement.terminatedOn(), agreement.terminationReason(),
                agreement.version());
    }

    static Status statusOn(AgreementView agreement, LocalDate day) {
        if (agreement.terminatedOn() != null && !day.isBefore(agreement.terminatedOn())) {
            return Status.TERMINATED;
        }
        if (agreement.validUntil() != null && day.isAfter(agreement.validUntil())) {
            return Status.EXPIRED;
        }
        if (agreement.inForceOn(day)) {
            return Status.IN_FORCE;
        }
        var allSigned = agreement.enteredIntoForceOn() != null && agreement.parties().stream()
                .filter(PartyTimeline::original).allMatch(party -> !party.signedOn().isAfter(day));
        return allSigned ? Status.SIGNED : Status.DRAFT;
    }

    private static TextInForce textOn(AgreementView agreement, LocalDate day) {
        if (!agreement.inForceOn(day)) {
            return null;
        }
        return agreement.versions().stream()
                .filter(text -> text.inForceFrom() != null && !text.inForceFrom().isAfter(day))
                .max(Comparator.comparingInt(TextVersion::version))
                .map(text -> new TextInForce(text.version(), text.documentSha256())).orElse(null);
    }

    /** Every version of the agreement's text, with its consents and whom an open amendment still awaits. */
    static List<VersionHistory> versionsOf(AgreementView agreement) {
        return agreement.versions().stream().map(text -> history(agreement, text)).toList();
    }

    private static VersionHistory history(AgreementView agreement, TextVersion text) {
        var awaiting = text.inForceFrom() != null ? List.<String>of() : agreement.parties().stream()
                .filter(PartyTimeline::current)
                .filter(party -> text.consents().stream().noneMatch(consent -> party.named(consent.party())))
                .map(PartyTimeline::party).toList();
        return new VersionHistory(text.version(), text.documentSha256(), text.summary(), text.proposedOn(),
                text.consents(), text.inForceFrom(), awaiting);
    }
}
