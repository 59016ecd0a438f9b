package de.regionet.query.workinggroup.decision;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.query.access.Readers;
import de.regionet.query.workinggroup.decision.DecisionLogView.Circulation;
import de.regionet.query.workinggroup.decision.DecisionLogView.Resolution;
import de.regionet.query.workinggroup.decision.DecisionLogView.Rules;
import de.regionet.query.workinggroup.decision.DecisionLogView.SubjectRef;

import java.util.Optional;

/**
 * What of a working group's decision log one reader may see. A working group's votes are confidential unless its
 * rules of procedure publish them, and the applicants of a call are confidential always:
 * <ul>
 *     <li>The network office, auditors and the coordination of the working group's region (whoever may read the
 *     region) see the whole record: who was present, who voted how, who was recused and why, every sponsor of a
 *     subject.</li>
 *     <li>Everyone else sees each decision's motion, subject, rules, who had a vote (the membership), the tally,
 *     the counts, whether the body was quorate and the outcome. Attendance, recusals and their reasons stay
 *     withheld: a recusal names a conflict of interest, and on a call the applicants.</li>
 *     <li>Who voted how is shown to them where the rules the decision was judged by publish the voting record,
 *     except on a call or a proposal: there, whoever did not vote was most likely recused as an applicant.</li>
 *     <li>The sponsors of a call or proposal that is a subject are the applicants: a reader sees only its own
 *     organisation among them. Every other subject's sponsors (a project's, an agreement's) are public anyway.</li>
 * </ul>
 * The rules a decision was judged by decide, not today's: members knew when they voted whether their votes would be
 * published, and rules cannot change for a day already decided.
 */
final class Disclosure {

    private final Optional<Actor> reader;
    private final boolean wholeRecord;

    private Disclosure(Optional<Actor> reader, boolean wholeRecord) {
        this.reader = reader;
        this.wholeRecord = wholeRecord;
    }

    static Disclosure to(Optional<Actor> reader, String regionKey) {
        return new Disclosure(reader, reader.filter(actor -> actor.mayRead(new RegionKey(regionKey))).isPresent());
    }

    Resolution of(Resolution resolution) {
        if (wholeRecord) {
            return resolution.disclosing(resolution.subject(), resolution.present(), resolution.votes(),
                    resolution.recusals());
        }
        var votes = votesPublished(resolution.rules(), resolution.subject()) ? resolution.votes() : null;
        return resolution.disclosing(subject(resolution.subject()), null, votes, null);
    }

    Circulation of(Circulation circulation) {
        if (wholeRecord) {
            return circulation.disclosing(circulation.subject(), circulation.votes(), circulation.recusals());
        }
        var votes = votesPublished(circulation.rules(), circulation.subject()) ? circulation.votes() : null;
        return circulation.disclosing(subject(circulation.subject()), votes, null);
    }

    private static boolean votesPublished(Rules rules, SubjectRef subject) {
        return rules != null && rules.votingRecordPublic() && !competitive(subject);
    }

    private static boolean competitive(SubjectRef subject) {
        return subject != null && (subject.type() == Subject.Type.CALL || subject.type() == Subject.Type.PROPOSAL);
    }

    /** A competitive subject with only the applicants the reader acts for; any other subject as it is. */
    private SubjectRef subject(SubjectRef subject) {
        if (!competitive(subject)) {
            return subject;
        }
        var own = subject.sponsors().stream()
                .filter(sponsor -> reader.filter(actor -> Readers.actsFor(actor, sponsor)).isPresent()).toList();
        return new SubjectRef(subject.type(), subject.id(), own, subject.href());
    }
}
