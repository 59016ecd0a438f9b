package de.regionet.query.agreement;

import de.regionet.kernel.agreement.AgreementScope;
import de.regionet.kernel.agreement.Party;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A cooperation agreement's whole history as the read side keeps it: every party's timeline (signature or
 * accession, withdrawal) and every version of the text with its consents. What held on a given day is derived from
 * it ({@link AgreementAsOf}), so the same document answers "as of today" and "as of 2022-03-01". Days on which
 * something takes effect are the first day of the new state. {@code network}: the network it was drafted in
 * ({@code null} in documents projected before it was kept: Saxony-Anhalt's).
 */
public record AgreementView(@BsonId String id, String title, AgreementScope scope, String regionKey,
                            LocalDate validFrom, LocalDate validUntil, List<PartyTimeline> parties,
                            List<TextVersion> versions, LocalDate enteredIntoForceOn, LocalDate terminatedOn,
                            String terminationReason, long version, String network)
        implements VersionedCollection.Versioned {

    /** A document projected before agreements recorded their network: Saxony-Anhalt's (see {@link #network}). */
    public AgreementView(String id, String title, AgreementScope scope, String regionKey, LocalDate validFrom,
                         LocalDate validUntil, List<PartyTimeline> parties, List<TextVersion> versions,
                         LocalDate enteredIntoForceOn, LocalDate terminatedOn, String terminationReason,
                         long version) {
        this(id, title, scope, regionKey, validFrom, validUntil, parties, versions, enteredIntoForceOn, terminatedOn,
                terminationReason, version, null);
    }

    /**
     * One membership of a party: an original party (signed, bound from the entry into force) or an acceding one
     * (bound from {@code accededOn}), until {@code withdrewOn}. A party that accedes again gets a new timeline.
     */
    public record PartyTimeline(String party, String regionKey, boolean original, LocalDate signedOn,
                                String signatory, LocalDate accededOn, LocalDate withdrewOn) {

        boolean named(String name) {
            return Party.keyOf(party).equals(Party.keyOf(name));
        }

        boolean current() {
            return withdrewOn == null;
        }
    }

    /** A version of the text: version 1 as signed, each amendment the next; in force once every party consented. */
    public record TextVersion(int version, String documentSha256, String summary, LocalDate proposedOn,
                              List<Consent> consents, LocalDate inForceFrom) {
    }

    public record Consent(String party, LocalDate consentedOn) {
    }

    /** Whether the agreement binds anybody on {@code day}: entered into force, not yet terminated nor expired. */
    boolean inForceOn(LocalDate day) {
        return enteredIntoForceOn != null && !day.isBefore(enteredIntoForceOn)
                && (terminatedOn == null || day.isBefore(terminatedOn))
                && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Whether this party's membership binds it on {@code day}, the agreement being in force. */
    boolean binds(PartyTimeline party, LocalDate day) {
        var from = party.original() ? enteredIntoForceOn : party.accededOn();
        return inForceOn(day) && !day.isBefore(from)
                && (party.withdrewOn() == null || day.isBefore(party.withdrewOn()));
    }

    AgreementView withParty(PartyTimeline party, long newVersion) {
        var updated = new ArrayList<>(parties);
        updated.add(party);
        return with(updated, versions, newVersion);
    }

    /** Changes the party's current timeline (signature, withdrawal). */
    AgreementView withCurrentParty(String name, UnaryOperator<PartyTimeline> change, long newVersion) {
        var updated = parties.stream().map(party -> party.named(name) && party.current() ? change.apply(party) : party)
                .toList();
        return with(updated, versions, newVersion);
    }

    AgreementView withVersion(TextVersion text, long newVersion) {
        var updated = new ArrayList<>(versions);
        updated.add(text);
        return with(parties, updated, newVersion);
    }

    AgreementView withTextVersion(int number, UnaryOperator<TextVersion> change, long newVersion) {
        var updated = versions.stream().map(text -> text.version() == number ? change.apply(text) : text).toList();
        return with(parties, updated, newVersion);
    }

    AgreementView inForceFrom(LocalDate day, long newVersion) {
        var signed = withTextVersion(1, text -> new TextVersion(1, text.documentSha256(), text.summary(),
                text.proposedOn(), text.consents(), day), newVersion);
        return new AgreementView(id, title, scope, regionKey, validFrom, validUntil, signed.parties(),
                signed.versions(), day, terminatedOn, terminationReason, newVersion, network);
    }

    AgreementView terminated(LocalDate effectiveOn, String reason, long newVersion) {
        return new AgreementView(id, title, scope, regionKey, validFrom, validUntil, parties, versions,
                enteredIntoForceOn, effectiveOn, reason, newVersion, network);
    }

    /** The same document, having seen a later event that changes nothing it keeps (e.g. the expiry it derives). */
    AgreementView seen(long newVersion) {
        return with(parties, versions, newVersion);
    }

    private AgreementView with(List<PartyTimeline> newParties, List<TextVersion> newVersions, long newVersion) {
        return new AgreementView(id, title, scope, regionKey, validFrom, validUntil, List.copyOf(newParties),
                List.copyOf(newVersions), enteredIntoForceOn, terminatedOn, terminationReason, newVersion, network);
    }
}
