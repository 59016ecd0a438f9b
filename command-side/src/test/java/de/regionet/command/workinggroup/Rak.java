package de.regionet.command.workinggroup;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionEvent.RulesOfProcedureSet;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.RulesOfProcedure;
import de.regionet.kernel.workinggroup.RulesOfProcedure.Majority;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static de.regionet.kernel.workinggroup.RulesOfProcedure.Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS;
import static de.regionet.kernel.workinggroup.StakeholderCategory.BUSINESS;
import static de.regionet.kernel.workinggroup.StakeholderCategory.EMPLOYMENT_AGENCY;
import static de.regionet.kernel.workinggroup.StakeholderCategory.EQUAL_OPPORTUNITIES;
import static de.regionet.kernel.workinggroup.StakeholderCategory.JOB_CENTRE;
import static de.regionet.kernel.workinggroup.StakeholderCategory.MUNICIPALITY;
import static de.regionet.kernel.workinggroup.StakeholderCategory.WELFARE_ASSOCIATION;

/**
 * The Salzlandkreis working group of the decision tests: five members with a vote (municipality, employment agency,
 * job centre, a welfare association that also sponsors projects, the chamber of commerce) and the equal-opportunities
 * representative in an advisory seat, all admitted on 1 July 2022, under rules in force from that day (more than half
 * of the members with a vote make a quorum; simple majority).
 */
final class Rak {

    static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    static final WorkingGroupId RAK = new WorkingGroupId("rak-salzlandkreis");

    static final MemberId MUNICIPALITY_SEAT = new MemberId("m-landkreis");
    static final MemberId AGENCY = new MemberId("m-agentur");
    static final MemberId JOBCENTER = new MemberId("m-jobcenter");
    static final MemberId BILDUNGSWERK = new MemberId("m-bildungswerk");
    static final MemberId CHAMBER = new MemberId("m-ihk");
    static final MemberId EQUALITY = new MemberId("m-gleichstellung");
    static final MemberId STRANGER = new MemberId("m-unbekannt");

    static final String SPONSOR = "Bildungswerk Salzland";
    static final LocalDate CONSTITUTED = LocalDate.of(2022, 7, 1);
    static final LocalDate MEETING = LocalDate.of(2022, 9, 14);

    static final RulesOfProcedure RULES = new RulesOfProcedure(CONSTITUTED, MORE_THAN_HALF_OF_VOTING_MEMBERS,
            Majority.SIMPLE, List.of(MUNICIPALITY, EMPLOYMENT_AGENCY, JOB_CENTRE, WELFARE_ASSOCIATION, BUSINESS));
    /** The voting members in the order resolutions record them (by id). */
    static final List<MemberId> VOTING = List.of(AGENCY, BILDUNGSWERK, CHAMBER, JOBCENTER, MUNICIPALITY_SEAT);

    private Rak() {
    }

    /** The working group with its six members and its first rules of procedure. */
    static Object[] constituted() {
        return new Object[]{
                new WorkingGroupEstablished(RAK, SALZLANDKREIS, "RAK Salzlandkreis"),
                admitted(MUNICIPALITY_SEAT, "Salzlandkreis", MUNICIPALITY),
                admitted(AGENCY, "Agentur für Arbeit Bernburg", EMPLOYMENT_AGENCY),
                admitted(JOBCENTER, "Jobcenter Salzlandkreis", JOB_CENTRE),
                admitted(BILDUNGSWERK, SPONSOR, WELFARE_ASSOCIATION),
                admitted(CHAMBER, "IHK Magdeburg", BUSINESS),
                admitted(EQUALITY, "Gleichstellungsbeauftragte Salzlandkreis", EQUAL_OPPORTUNITIES),
                new RulesOfProcedureSet(RAK, RULES)};
    }

    /** The version of the working group after {@link #constituted()}. */
    static final long CONSTITUTED_VERSION = 7;

    static MemberAdmitted admitted(MemberId member, String organisation, StakeholderCategory category) {
        return new MemberAdmitted(RAK, member, organisation, category, CONSTITUTED);
    }

    static CastVote yes(MemberId member) {
        return new CastVote(member, Vote.YES);
    }

    static CastVote no(MemberId member) {
        return new CastVote(member, Vote.NO);
    }

    static CastVote abstains(MemberId member) {
        return new CastVote(member, Vote.ABSTAIN);
    }

    static Recusal recused(MemberId member) {
        return new Recusal(member, "member of the sponsoring organisation");
    }

    static EventMessage<?> inSalzlandkreis(Object payload) {
        return GenericEventMessage.asEventMessage(payload)
                .andMetaData(Map.of(EventMetaData.REGION_KEY, SALZLANDKREIS.value()));
    }
}
