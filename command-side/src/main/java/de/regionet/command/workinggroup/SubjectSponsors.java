package de.regionet.command.workinggroup;

import de.regionet.command.stream.StoredStreams;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.workinggroup.Subject;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Fills in who sponsors a subject that RegioNet knows: for a call, the sponsor of every proposal submitted to it. The
 * sponsors a client named stay; members of all of them must be recused from the decision. The HTTP edge and the
 * console's meeting page both complete a subject with it before they send the resolution.
 */
@Component
public class SubjectSponsors {

    private final StoredStreams streams;

    SubjectSponsors(StoredStreams streams) {
        this.streams = streams;
    }

    public Subject complete(Subject subject) {
        if (subject == null || subject.type() != Subject.Type.CALL) {
            return subject;
        }
        var sponsors = new ArrayList<>(subject.sponsors());
        streams.payloads(subject.id()).stream().filter(ProposalSubmitted.class::isInstance)
                .map(ProposalSubmitted.class::cast).map(ProposalSubmitted::sponsor)
                .filter(sponsor -> !subject.sponsoredBy(sponsor)).forEach(sponsors::add);
        return new Subject(subject.type(), subject.id(), sponsors);
    }
}
