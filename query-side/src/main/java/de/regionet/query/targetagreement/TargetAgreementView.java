package de.regionet.query.targetagreement;

import de.regionet.kernel.Period;
import de.regionet.kernel.targetagreement.Assessment;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetFigure;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A target agreement as its stream tells it, in the {@code target_agreements} collection: the targets as drafted,
 * every amendment with its own targets and signatures, and every review with the figures it froze. What holds on a
 * given day is derived from this ({@link Standing}), so the document never has to change as days pass.
 */
public record TargetAgreementView(@BsonId String id, String regionKey, LocalDate from, LocalDate to,
                                  List<String> parties, List<Signature> signatures, LocalDate inForceFrom,
                                  List<Target> targets, List<Amendment> amendments, List<Review> reviews,
                                  long version) implements VersionedCollection.Versioned {

    public record Signature(String party, LocalDate signedOn) {
    }

    /** Amendment {@code number}: its targets replace those they measure from {@code effectiveOn}, once set. */
    public record Amendment(int number, List<Target> targets, String reason, LocalDate proposedOn,
                            List<Signature> signatures, LocalDate effectiveOn) {

        Amendment signed(Signature signature) {
            return new Amendment(number, targets, reason, proposedOn, append(signatures, signature), effectiveOn);
        }

        Amendment inForceFrom(LocalDate day) {
            return new Amendment(number, targets, reason, proposedOn, signatures, day);
        }
    }

    /** A controlling review with the figures as they stood on its day, never recomputed. */
    public record Review(int review, LocalDate date, Assessment assessment, String measures,
                         List<TargetFigure> figures) {
    }

    public Period period() {
        return new Period(from, to);
    }

    TargetAgreementView signed(Signature signature, long newVersion) {
        return new TargetAgreementView(id, regionKey, from, to, parties, append(signatures, signature), inForceFrom,
                targets, amendments, reviews, newVersion);
    }

    TargetAgreementView inForce(LocalDate effectiveOn, long newVersion) {
        return new TargetAgreementView(id, regionKey, from, to, parties, signatures, effectiveOn, targets,
                amendments, reviews, newVersion);
    }

    TargetAgreementView proposed(Amendment amendment, long newVersion) {
        return withAmendments(append(amendments, amendment), newVersion);
    }

    TargetAgreementView amendment(int number, UnaryOperator<Amendment> change, long newVersion) {
        return withAmendments(amendments.stream()
                .map(amendment -> amendment.number() == number ? change.apply(amendment) : amendment).toList(),
                newVersion);
    }

    TargetAgreementView reviewed(Review review, long newVersion) {
        return new TargetAgreementView(id, regionKey, from, to, parties, signatures, inForceFrom, targets,
                amendments, append(reviews, review), newVersion);
    }

    private TargetAgreementView withAmendments(List<Amendment> someAmendments, long newVersion) {
        return new TargetAgreementView(id, regionKey, from, to, parties, signatures, inForceFrom, targets,
                someAmendments, reviews, newVersion);
    }

    private static <T> List<T> append(List<T> list, T element) {
        var all = new ArrayList<>(list);
        all.add(element);
        return List.copyOf(all);
    }
}
