package de.regionet.kernel;

import de.regionet.kernel.agreement.AgreementEvent;
import de.regionet.kernel.agreement.AgreementEvent.AgreementDrafted;
import de.regionet.kernel.agreement.AgreementEvent.AgreementEnteredIntoForce;
import de.regionet.kernel.agreement.AgreementEvent.AgreementExpired;
import de.regionet.kernel.agreement.AgreementEvent.AgreementSigned;
import de.regionet.kernel.agreement.AgreementEvent.AgreementTerminated;
import de.regionet.kernel.agreement.AgreementEvent.AmendmentConsented;
import de.regionet.kernel.agreement.AgreementEvent.AmendmentEnteredIntoForce;
import de.regionet.kernel.agreement.AgreementEvent.AmendmentProposed;
import de.regionet.kernel.agreement.AgreementEvent.PartyAcceded;
import de.regionet.kernel.agreement.AgreementEvent.PartyWithdrew;
import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.agreement.AgreementScope;
import de.regionet.kernel.agreement.DocumentHash;
import de.regionet.kernel.agreement.Party;
import de.regionet.kernel.auditlog.AuditLogEvent;
import de.regionet.kernel.auditlog.AuditLogEvent.DeadLettersRetried;
import de.regionet.kernel.auditlog.AuditLogEvent.HistoryImported;
import de.regionet.kernel.auditlog.AuditLogEvent.HistoryRead;
import de.regionet.kernel.auditlog.AuditLogEvent.PersonalDataDisclosed;
import de.regionet.kernel.auditlog.AuditLogEvent.PersonalDataErased;
import de.regionet.kernel.auditlog.AuditLogEvent.ReadModelReplayStarted;
import de.regionet.kernel.auditlog.AuditLogId;
import de.regionet.kernel.call.Advice;
import de.regionet.kernel.call.CallEvent;
import de.regionet.kernel.call.CallEvent.CallClosed;
import de.regionet.kernel.call.CallEvent.CallOpened;
import de.regionet.kernel.call.CallEvent.FundingDecided;
import de.regionet.kernel.call.CallEvent.Granted;
import de.regionet.kernel.call.CallEvent.ProposalSubmitted;
import de.regionet.kernel.call.CallEvent.ProposalsAdvised;
import de.regionet.kernel.call.CallEvent.ProposalsSelected;
import de.regionet.kernel.call.CallEvent.Selected;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.kernel.call.FundingRefusal;
import de.regionet.kernel.call.NotSelected;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.contact.ContactKind;
import de.regionet.kernel.contact.ContactPersonEvent;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonChanged;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonRecorded;
import de.regionet.kernel.contact.ContactPersonEvent.ContactPersonRemoved;
import de.regionet.kernel.contact.ContactPersonEvent.PublicationConsentWithdrawn;
import de.regionet.kernel.contact.ContactPersonEvent.PublicationConsented;
import de.regionet.kernel.contact.ContactPersonId;
import de.regionet.kernel.cooperation.CooperationBodyEvent;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationBodyDissolved;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationBodyEstablished;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationPartnerAdmitted;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationPartnerWithdrawn;
import de.regionet.kernel.cooperation.CooperationBodyEvent.CooperationSiteChanged;
import de.regionet.kernel.cooperation.CooperationBodyId;
import de.regionet.kernel.cooperation.CooperationBodyKind;
import de.regionet.kernel.cooperation.Partner;
import de.regionet.kernel.cooperation.PartnerId;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.networkevent.EventDetails;
import de.regionet.kernel.networkevent.NetworkEventFact;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeRegistered;
import de.regionet.kernel.networkevent.NetworkEventFact.AttendeeWaitlisted;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventCancelled;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventDrafted;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventPublished;
import de.regionet.kernel.networkevent.NetworkEventFact.NetworkEventRescheduled;
import de.regionet.kernel.networkevent.NetworkEventFact.RegistrationCancelled;
import de.regionet.kernel.networkevent.NetworkEventFact.RegistrationDataExpired;
import de.regionet.kernel.networkevent.NetworkEventFact.WaitlistedAttendeeAdmitted;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.networkevent.RegistrationId;
import de.regionet.kernel.networkevent.Schedule;
import de.regionet.kernel.networkevent.SealedParticipant;
import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.news.NewsContent;
import de.regionet.kernel.news.NewsEvent;
import de.regionet.kernel.news.NewsEvent.NewsDrafted;
import de.regionet.kernel.news.NewsEvent.NewsEdited;
import de.regionet.kernel.news.NewsEvent.NewsPublicationScheduled;
import de.regionet.kernel.news.NewsEvent.NewsPublished;
import de.regionet.kernel.news.NewsEvent.NewsWithdrawn;
import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;
import de.regionet.kernel.planning.Need;
import de.regionet.kernel.planning.NeedId;
import de.regionet.kernel.planning.PlanningContent;
import de.regionet.kernel.planning.PlanningDocumentId;
import de.regionet.kernel.planning.PlanningDocumentKind;
import de.regionet.kernel.planning.PlanningEvent;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToCall;
import de.regionet.kernel.planning.PlanningEvent.NeedLinkedToPriority;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentAdopted;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentRevised;
import de.regionet.kernel.planning.PlanningEvent.PlanningDocumentSuperseded;
import de.regionet.kernel.programme.AreaDefinition;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeEvent;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeAmended;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.project.Attachment;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.Fund;
import de.regionet.kernel.project.FundAmount;
import de.regionet.kernel.project.ProjectEvent;
import de.regionet.kernel.project.ProjectEvent.ProjectCompleted;
import de.regionet.kernel.project.ProjectEvent.ProjectLaunched;
import de.regionet.kernel.project.ProjectEvent.ResultRecorded;
import de.regionet.kernel.project.ProjectEvent.ResultShared;
import de.regionet.kernel.practice.PracticeContent;
import de.regionet.kernel.practice.PracticeEvent;
import de.regionet.kernel.practice.PracticeEvent.PracticeDescribed;
import de.regionet.kernel.practice.PracticeEvent.PracticeRevised;
import de.regionet.kernel.practice.PracticeEvent.PracticeWithdrawn;
import de.regionet.kernel.practice.PracticeId;
import de.regionet.kernel.project.ProjectEvent.SelectedBeforeRegioNet;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.kernel.region.RegionEvent;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionEvent.TargetAgreementAttached;
import de.regionet.kernel.region.RegionEvent.WorkingGroupAttached;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.region.RegionKind;
import de.regionet.kernel.targetagreement.Assessment;
import de.regionet.kernel.targetagreement.Milestone;
import de.regionet.kernel.targetagreement.Target;
import de.regionet.kernel.targetagreement.TargetAgreementEvent;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.ReviewRecorded;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementDrafted;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAgreementSigned;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentEnteredIntoForce;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentProposed;
import de.regionet.kernel.targetagreement.TargetAgreementEvent.TargetAmendmentSigned;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import de.regionet.kernel.targetagreement.TargetFigure;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationOpened;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationRecusalDeclared;
import de.regionet.kernel.workinggroup.DecisionEvent.CirculationVoteCast;
import de.regionet.kernel.workinggroup.DecisionEvent.PrioritiesAdopted;
import de.regionet.kernel.workinggroup.DecisionEvent.ResolutionRecorded;
import de.regionet.kernel.workinggroup.DecisionEvent.RulesOfProcedureSet;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.kernel.workinggroup.Procedure;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.ResolutionEffect;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.RulesOfProcedure;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupEvent;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.CoordinationSet;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberAdmitted;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.MemberWithdrawn;
import de.regionet.kernel.workinggroup.WorkingGroupEvent.WorkingGroupEstablished;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.kernel.workinggroup.WorkingGroupKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Pins the stored JSON of every event type to a reviewed file under {@code src/test/resources/events/}. A change to
 * a stored format must show up here, together with an upcaster for the events already in the store. Run with
 * {@code -Dapprove=true} to write the file of a new event type; review it before checking it in.
 */
class EventJsonApprovalTest {

    private static final Path APPROVED = Path.of("src/test/resources/events");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final RegionKey SALZLANDKREIS = new RegionKey("15089");
    private static final WorkingGroupId RAK = new WorkingGroupId("5f0c7d9e-2b1a-4c3d-8e9f-0a1b2c3d4e5f");
    private static final MemberId JOBCENTER = new MemberId("9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d");
    private static final AgreementId REGIO_AKTIV = new AgreementId("0b7e3c1a-6d2f-4e8b-9a1c-5f4d3e2b1a0c");
    private static final DocumentHash SIGNED_TEXT =
            new DocumentHash("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    private static final DocumentHash AMENDED_TEXT =
            new DocumentHash("60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");
    private static final String MINISTRY = "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung";
    private static final NewsArticleId ARTICLE = new NewsArticleId("3c2b1a09-8f7e-4d6c-5b4a-392817066f5e");
    private static final NewsContent NEWS = new NewsContent("Netzwerktreffen 2026",
            "Die Regionen treffen sich in Magdeburg.", "## Programm\n\n*Begrüßung* durch die Netzwerkstelle",
            List.of("Netzwerk", "Fachkräfte"), List.of(SALZLANDKREIS), List.of(new FundingArea("K")));
    private static final NetworkEventId CONFERENCE = new NetworkEventId("7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928");
    private static final RegistrationId BILDUNGSWERK = new RegistrationId("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b");
    private static final SubjectId PARTICIPANT_SUBJECT = new SubjectId("ds-5d4c3b2a-1908-4f7e-8d6c-5b4a39281706");
    /** Ciphertexts as the vault writes them ({@code base64url(1 | nonce | ciphertext and tag)}), of made-up bytes. */
    private static final SealedParticipant PARTICIPANT = new SealedParticipant(
            new Sealed(PARTICIPANT_SUBJECT, "AQx0c2VhbGVkLW5hbWUtc2FtcGxlLWJ5dGVzLW9ubHk"),
            new Sealed(PARTICIPANT_SUBJECT, "AQx0c2VhbGVkLWVtYWlsLXNhbXBsZS1ieXRlcy1vbmx5"));
    private static final String TOKEN_HASH = "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca7";
    private static final EventDetails CONFERENCE_DETAILS = new EventDetails("Regionalkonferenz Fachkräfte",
            "Handlungsschwerpunkte der Regionen", "Magdeburg, Landeshaus", "https://meet.example.org/regio", 80,
            List.of(SALZLANDKREIS));
    private static final Schedule DECEMBER_3 = new Schedule(LocalDateTime.of(2026, 12, 3, 10, 0),
            LocalDateTime.of(2026, 12, 3, 16, 30));
    private static final MemberId AGENCY = new MemberId("1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b");
    private static final MemberId SPONSOR = new MemberId("7e6d5c4b-3a29-4817-a6b5-c4d3e2f1a0b9");
    private static final ResolutionId RESOLUTION = new ResolutionId("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
    private static final RulesOfProcedure RULES = new RulesOfProcedure(LocalDate.of(2025, 7, 1),
            RulesOfProcedure.Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS, RulesOfProcedure.Majority.TWO_THIRDS,
            List.of(StakeholderCategory.MUNICIPALITY, StakeholderCategory.JOB_CENTRE,
                    StakeholderCategory.EMPLOYMENT_AGENCY), true);
    private static final Subject PROPOSAL =
            new Subject(Subject.Type.PROPOSAL, "p-17", List.of("Bildungswerk Salzland"));
    private static final AuditLogId AUDIT_LOG = AuditLogId.of(LocalDate.of(2026, 11, 23));
    private static final ProgrammeId PROGRAMME = new ProgrammeId("4d5e6f70-8192-4a3b-9c4d-5e6f70819a2b");
    private static final CallId CALL = new CallId("6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d");
    private static final PlanningDocumentId CONCEPT = new PlanningDocumentId("2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091");
    private static final PlanningDocumentId SUCCESSOR = new PlanningDocumentId("5e6f7081-92a3-4b4c-8d5e-6f708192a3b4");
    private static final PlanningContent CONCEPT_2016 = new PlanningContent(
            "Regionales Umsetzungskonzept Westfälisches Ruhrgebiet", LocalDate.of(2016, 7, 4),
            LocalDate.of(2020, 12, 31), List.of(new Need(new NeedId("B1"), "Nachwuchs im Handwerk",
            "Betriebe im Handwerk finden zu wenig Auszubildende.")), List.of("Personal 4.0"),
            List.of("ESF: Fachkräftesicherung"));
    private static final ProposalId BILDUNGSWERK_PROPOSAL = new ProposalId("8e9f0a1b-2c3d-4e5f-8a7b-9c0d1e2f3a4b");
    private static final ProposalId VHS_PROPOSAL = new ProposalId("0f1e2d3c-4b5a-4697-8887-968574635241");
    private static final ProjectId PROJECT = ProjectId.forProposal(BILDUNGSWERK_PROPOSAL);
    private static final List<FundAmount> FUNDS = List.of(new FundAmount(Fund.ESF_PLUS, Euro.of("160000")),
            new FundAmount(Fund.EFRE, Euro.of("80000")));
    private static final ResultId RESULT = new ResultId("2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819");
    private static final PracticeId PRACTICE = new PracticeId("6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f");
    private static final PracticeContent PRACTICE_CONTENT = new PracticeContent("Gemeinsames Arbeitsmarktbüro",
            "Agentur für Arbeit, Jobcenter und Kreis beraten Geflüchtete **unter einem Dach**.",
            new RegionKey("06433"), new CooperationBodyId("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), null,
            List.of("Geflüchtete", "Kooperation"), "Kreis Groß-Gerau");
    private static final ResultId CORRECTION = new ResultId("5e6f7081-92a3-4b4c-8d5e-6f708192a3b4");
    private static final IndicatorValues PLANNED = new IndicatorValues(Map.of("PARTICIPANTS", new BigDecimal("120"),
            "PARTICIPANTS_UNDER_30", new BigDecimal("80")));
    private static final TargetAgreementId TARGETS = new TargetAgreementId("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");
    private static final Period YEAR_2026 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final Target PARTICIPANTS_TARGET = new Target("PARTICIPANTS", new BigDecimal("100"),
            new FundingArea("A"), List.of(new Milestone(LocalDate.of(2026, 6, 30), new BigDecimal("40"))));
    private static final List<TargetFigure> FIGURES = List.of(new TargetFigure("PARTICIPANTS", new FundingArea("A"),
            new BigDecimal("100"), new BigDecimal("45"), new BigDecimal("45.0"), List.of(PROJECT)));
    private static final ContactPersonId CONTACT = new ContactPersonId("4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8");
    private static final SubjectId PERSON = new SubjectId("ds-6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    private static final SubjectId PERSON_MOVED = new SubjectId("ds-0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d");
    private static final DocumentHash REPORT = new DocumentHash(
            "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");

    private static final RegionKey GROSS_GERAU = new RegionKey("06433");
    private static final CooperationBodyId BUERO = new CooperationBodyId("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a");
    private static final AgreementId HESSEN_2016 = new AgreementId("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");
    private static final Partner COOPERATING_JOBCENTER = new Partner(new PartnerId("p-jobcenter"),
            "Kreisjobcenter Groß-Gerau", "Jobcenter");

    /** One sample per event type, with every field set, so each field's format is pinned. */
    private static final Map<Class<?>, Object> SAMPLES = Stream.of(
            new RegionRegistered(new RegionKey("05-westfaelisches-ruhrgebiet"), "Westfälisches Ruhrgebiet",
                    RegionKind.LABOUR_MARKET_REGION, new NetworkId("nordrhein-westfalen"),
                    List.of(new RegionKey("05913"), new RegionKey("05915"), new RegionKey("05978"))),
            new WorkingGroupAttached(SALZLANDKREIS, RAK),
            new WorkingGroupEstablished(RAK, SALZLANDKREIS, "RAK Salzlandkreis", LocalDate.of(2022, 3, 1)),
            new MemberAdmitted(RAK, JOBCENTER, "Jobcenter Salzlandkreis", StakeholderCategory.JOB_CENTRE,
                    LocalDate.of(2025, 3, 1)),
            new MemberWithdrawn(RAK, JOBCENTER, LocalDate.of(2025, 6, 30), List.of(RESOLUTION)),
            new CoordinationSet(RAK, "REKO Salzlandkreis",
                    new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))),
            new AgreementDrafted(REGIO_AKTIV, "Landesweite Kooperationsvereinbarung REGIO AKTIV", AgreementScope.STATE,
                    null, List.of(new Party(MINISTRY, null), new Party("Regio-Netzwerkstelle", null)), SIGNED_TEXT,
                    LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 31), NetworkId.SACHSEN_ANHALT),
            new AgreementSigned(REGIO_AKTIV, MINISTRY, LocalDate.of(2021, 12, 9), "Ministerin"),
            new AgreementEnteredIntoForce(REGIO_AKTIV, LocalDate.of(2022, 1, 1)),
            new PartyAcceded(REGIO_AKTIV, new Party("Salzlandkreis", SALZLANDKREIS), LocalDate.of(2022, 3, 15)),
            new PartyWithdrew(REGIO_AKTIV, "Salzlandkreis", LocalDate.of(2024, 1, 1)),
            new AmendmentProposed(REGIO_AKTIV, 2, AMENDED_TEXT, "Förderbereiche L und M aufgenommen",
                    LocalDate.of(2025, 2, 1)),
            new AmendmentConsented(REGIO_AKTIV, 2, MINISTRY, LocalDate.of(2025, 3, 1)),
            new AmendmentEnteredIntoForce(REGIO_AKTIV, 2, LocalDate.of(2025, 4, 1)),
            new AgreementTerminated(REGIO_AKTIV, LocalDate.of(2026, 1, 1), "ESF+-Förderperiode beendet"),
            new AgreementExpired(REGIO_AKTIV, LocalDate.of(2027, 12, 31)),
            new NewsDrafted(ARTICLE, NEWS, new NetworkId("nordrhein-westfalen")),
            new NewsEdited(ARTICLE, NEWS),
            new NewsPublicationScheduled(ARTICLE, Instant.parse("2026-12-01T08:00:00Z")),
            new NewsPublished(ARTICLE, NEWS, Instant.parse("2026-12-01T08:00:00.250Z")),
            new NewsWithdrawn(ARTICLE, Instant.parse("2026-12-05T14:30:00Z")),
            new NetworkEventDrafted(CONFERENCE, CONFERENCE_DETAILS, DECEMBER_3, new NetworkId("hessen")),
            new NetworkEventPublished(CONFERENCE, CONFERENCE_DETAILS, DECEMBER_3),
            new NetworkEventRescheduled(CONFERENCE, new Schedule(LocalDateTime.of(2026, 12, 10, 9, 30),
                    LocalDateTime.of(2026, 12, 10, 15, 0))),
            new NetworkEventCancelled(CONFERENCE, "Der Saal steht nicht zur Verfügung."),
            new AttendeeRegistered(CONFERENCE, BILDUNGSWERK, "Bildungswerk Salzland", PARTICIPANT, TOKEN_HASH),
            new AttendeeWaitlisted(CONFERENCE, BILDUNGSWERK, "Bildungswerk Salzland", PARTICIPANT, TOKEN_HASH),
            new RegistrationCancelled(CONFERENCE, BILDUNGSWERK),
            new WaitlistedAttendeeAdmitted(CONFERENCE, BILDUNGSWERK),
            new RegistrationDataExpired(CONFERENCE, BILDUNGSWERK, PARTICIPANT_SUBJECT),
            new RulesOfProcedureSet(RAK, RULES),
            new ResolutionRecorded(RAK, RESOLUTION, Procedure.MEETING, null, LocalDate.of(2025, 9, 14), "TOP 3",
                    "Der RAK wählt den Projektvorschlag p-17 aus.", PROPOSAL, RULES,
                    List.of(AGENCY, JOBCENTER, SPONSOR), List.of(AGENCY, JOBCENTER, SPONSOR),
                    List.of(new CastVote(AGENCY, Vote.YES), new CastVote(JOBCENTER, Vote.ABSTAIN)),
                    List.of(new Recusal(SPONSOR, "Träger des Vorschlags")), true, Outcome.ADOPTED),
            new CirculationOpened(RAK, 2, RESOLUTION, "Der RAK stimmt im Umlauf zu.", PROPOSAL,
                    LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 14), RULES, List.of(AGENCY, JOBCENTER, SPONSOR),
                    List.of(new Recusal(SPONSOR, "Bildungswerk Salzland sponsors the PROPOSAL p-17"))),
            new CirculationVoteCast(RAK, 2, JOBCENTER, Vote.NO, LocalDate.of(2025, 10, 2)),
            new CirculationRecusalDeclared(RAK, 2, AGENCY, "Befangenheit", LocalDate.of(2025, 10, 3)),
            new PrioritiesAdopted(RAK, RESOLUTION, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 6, 30)),
                    List.of(new PriorityForAction("Übergang Schule–Beruf", List.of(new FundingArea("A"),
                            new FundingArea("I"))))),
            new PlanningDocumentAdopted(CONCEPT, SALZLANDKREIS, RAK, PlanningDocumentKind.IMPLEMENTATION_CONCEPT,
                    CONCEPT_2016, LocalDate.of(2016, 7, 4)),
            new PlanningDocumentRevised(CONCEPT, 2, CONCEPT_2016, LocalDate.of(2018, 3, 1)),
            new PlanningDocumentSuperseded(CONCEPT, SUCCESSOR, LocalDate.of(2021, 1, 1)),
            new NeedLinkedToPriority(CONCEPT, new NeedId("B1"), RAK, RESOLUTION, "Übergang Schule–Beruf"),
            new NeedLinkedToCall(CONCEPT, new NeedId("B1"), CALL),
            new ProgrammeLaunched(PROGRAMME, "REGIO AKTIV", new Period(LocalDate.of(2021, 1, 1),
                    LocalDate.of(2027, 12, 31)), Euro.of("140000000"), List.of(new AreaDefinition(new FundingArea("A"),
                    "Aktive Eingliederung", LocalDate.of(2022, 6, 21))), NetworkId.SACHSEN_ANHALT),
            new ProgrammeAmended(PROGRAMME, 1, LocalDate.of(2025, 4, 1),
                    List.of(new AreaDefinition(new FundingArea("L"), "Fachkräftesicherung", LocalDate.of(2025, 4, 1))),
                    List.of(new AreaDefinition(new FundingArea("A"), "Eingliederung in Arbeit",
                            LocalDate.of(2025, 4, 1))), List.of(new FundingArea("E"))),
            new CallOpened(CALL, SALZLANDKREIS, RAK, PROGRAMME, new FundingArea("A"), "Übergang Schule–Beruf",
                    Euro.of("500000"), Instant.parse("2026-03-31T10:00:00Z"), List.of("Regionaler Bedarf",
                    "Nachhaltigkeit"), LocalDate.of(2026, 2, 1), DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION,
                    NetworkId.SACHSEN_ANHALT),
            new ProposalSubmitted(CALL, BILDUNGSWERK_PROPOSAL, "Bildungswerk Salzland", "Berufsorientierung plus",
                    "Praxistage in Betrieben der Region", Euro.of("250000.50"), 36, PLANNED,
                    Instant.parse("2026-03-02T14:15:00Z"), SALZLANDKREIS),
            new ProposalsAdvised(CALL, SALZLANDKREIS, List.of(new Advice(BILDUNGSWERK_PROPOSAL, true, 1,
                    "Deckt den regionalen Bedarf"), new Advice(VHS_PROPOSAL, false, null, "Kein Bezug zur Region")),
                    LocalDate.of(2026, 4, 20)),
            new FundingDecided(CALL, List.of(new Granted(BILDUNGSWERK_PROPOSAL, PROJECT, FUNDS)),
                    List.of(new FundingRefusal(VHS_PROPOSAL, "Nicht empfohlen")), LocalDate.of(2026, 5, 4)),
            new CallClosed(CALL, Instant.parse("2026-03-31T10:00:00Z")),
            new ProposalsSelected(CALL, RESOLUTION, List.of(new Selected(BILDUNGSWERK_PROPOSAL, PROJECT,
                    Euro.of("240000"))), List.of(new NotSelected(VHS_PROPOSAL, "Budget ausgeschöpft"))),
            new ProjectLaunched(PROJECT, CALL, BILDUNGSWERK_PROPOSAL, RESOLUTION, SALZLANDKREIS, PROGRAMME,
                    new FundingArea("A"), "Bildungswerk Salzland", "Berufsorientierung plus",
                    "Praxistage in Betrieben der Region", Euro.of("240000"), 36, PLANNED, LocalDate.of(2026, 4, 16),
                    new SelectedBeforeRegioNet("RAK Salzlandkreis", LocalDate.of(2026, 4, 15)), FUNDS),
            new ResultRecorded(PROJECT, CORRECTION, new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31)),
                    new IndicatorValues(Map.of("PARTICIPANTS", new BigDecimal("47"))), "Praxistage wirken.",
                    List.of(new Attachment("Sachbericht 2026", "https://dms.example/sachbericht-2026.pdf", REPORT)),
                    Audience.NETWORK, RESULT, LocalDate.of(2027, 1, 20)),
            new ResultShared(PROJECT, CORRECTION, Audience.NATION_WIDE, LocalDate.of(2027, 3, 1)),
            new PracticeDescribed(PRACTICE, new NetworkId("hessen"), PRACTICE_CONTENT, Audience.NATION_WIDE,
                    LocalDate.of(2026, 3, 2)),
            new PracticeRevised(PRACTICE, PRACTICE_CONTENT, Audience.PUBLIC, LocalDate.of(2026, 4, 1)),
            new PracticeWithdrawn(PRACTICE, "Büro in das Jobcenter überführt", LocalDate.of(2026, 12, 31)),
            new ProjectCompleted(PROJECT, LocalDate.of(2029, 4, 30), "Abschlussbericht: 130 Teilnehmende",
                    List.of(new Attachment("Abschlussbericht", "https://dms.example/abschluss.pdf", REPORT))),
            new TargetAgreementAttached(SALZLANDKREIS, TARGETS, YEAR_2026, List.of("PARTICIPANTS")),
            new TargetAgreementDrafted(TARGETS, SALZLANDKREIS, YEAR_2026, List.of("Regio-Netzwerkstelle",
                    "Salzlandkreis"), List.of(PARTICIPANTS_TARGET)),
            new TargetAgreementSigned(TARGETS, "Salzlandkreis", LocalDate.of(2026, 1, 10)),
            new TargetAgreementEnteredIntoForce(TARGETS, LocalDate.of(2026, 1, 10)),
            new TargetAmendmentProposed(TARGETS, 1, List.of(new Target("PARTICIPANTS", new BigDecimal("80"),
                    new FundingArea("A"), List.of())), "Projektstart verzögert", LocalDate.of(2026, 5, 1)),
            new TargetAmendmentSigned(TARGETS, 1, "Regio-Netzwerkstelle", LocalDate.of(2026, 5, 2)),
            new TargetAmendmentEnteredIntoForce(TARGETS, 1, LocalDate.of(2026, 5, 6)),
            new ReviewRecorded(TARGETS, 1, LocalDate.of(2026, 7, 1), Assessment.AT_RISK,
                    "Zusätzliche Akquise in Bernburg", FIGURES),
            new ContactPersonRecorded(CONTACT, ContactKind.WORKING_GROUP_CHAIR, SALZLANDKREIS, RAK, PERSON,
                    sealed(PERSON, "AQID-name"), sealed(PERSON, "AQID-function"), sealed(PERSON, "AQID-phone"),
                    sealed(PERSON, "AQID-email"), NetworkId.SACHSEN_ANHALT),
            new ContactPersonChanged(CONTACT, PERSON_MOVED, sealed(PERSON_MOVED, "AQIE-name"),
                    sealed(PERSON_MOVED, "AQIE-function"), sealed(PERSON_MOVED, "AQIE-phone"),
                    sealed(PERSON_MOVED, "AQIE-email")),
            new PublicationConsented(CONTACT, LocalDate.of(2026, 11, 2)),
            new PublicationConsentWithdrawn(CONTACT, LocalDate.of(2027, 3, 15)),
            new ContactPersonRemoved(CONTACT),
            new CooperationBodyEstablished(BUERO, GROSS_GERAU, CooperationBodyKind.OTHER,
                    "Gemeinsame Ausbildungsplanung", "Ausbildungsplanung Groß-Gerau", "Rüsselsheim, Marktplatz 4",
                    List.of(COOPERATING_JOBCENTER, new Partner(new PartnerId("p-kreis"), "Kreis Groß-Gerau",
                            "Kreisverwaltung")), HESSEN_2016, LocalDate.of(2016, 9, 1)),
            new CooperationPartnerAdmitted(BUERO, COOPERATING_JOBCENTER, LocalDate.of(2017, 1, 1)),
            new CooperationPartnerWithdrawn(BUERO, COOPERATING_JOBCENTER.partnerId(), LocalDate.of(2020, 6, 30)),
            new CooperationSiteChanged(BUERO, "Groß-Gerau, Wilhelm-Seipp-Straße 4", LocalDate.of(2019, 3, 1)),
            new CooperationBodyDissolved(BUERO, LocalDate.of(2024, 12, 31), "In das Jobcenter überführt"),
            new HistoryRead(AUDIT_LOG, "/api/audit/events", "region=15089&from=2025-01-01"),
            new ReadModelReplayStarted(AUDIT_LOG, "working_groups"),
            new DeadLettersRetried(AUDIT_LOG, "regions"),
            new HistoryImported(AUDIT_LOG, "7d0f3c2a-5b1e-4c9d-8a6f-2e4b1c0d9a83",
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 1240, 1187, 41, 12),
            new PersonalDataDisclosed(AUDIT_LOG, List.of(new SubjectId("ds-5f0c2a4e-8b1d-4e6f-9a3c-1d2e3f4a5b6c")), 3),
            new PersonalDataErased(AUDIT_LOG, List.of(new SubjectId("ds-5f0c2a4e-8b1d-4e6f-9a3c-1d2e3f4a5b6c"),
                    new SubjectId("ds-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")), List.of("contact-person", "registration"), 2)
    ).collect(Collectors.toMap(Object::getClass, Function.identity()));

    static Stream<Class<?>> eventTypes() {
        return Stream.of(RegionEvent.class, WorkingGroupEvent.class, AgreementEvent.class, NewsEvent.class,
                NetworkEventFact.class, AuditLogEvent.class, ProgrammeEvent.class, CallEvent.class,
                ProjectEvent.class, TargetAgreementEvent.class, ContactPersonEvent.class, PlanningEvent.class,
                CooperationBodyEvent.class, PracticeEvent.class)
                .flatMap(EventJsonApprovalTest::recordsPermittedBy);
    }

    private static Stream<Class<?>> recordsPermittedBy(Class<?> sealedType) {
        return Arrays.stream(sealedType.getPermittedSubclasses())
                .flatMap(type -> type.isSealed() ? recordsPermittedBy(type) : Stream.of(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void an_event_serialises_to_its_approved_json(Class<?> type) throws IOException {
        var approved = approvedJsonOf(type);
        assertThat(JSON.readTree(JSON.writeValueAsString(sampleOf(type))))
                .as("JSON of %s compared with %s", type.getSimpleName(), approvedFile(type))
                .isEqualTo(JSON.readTree(approved));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void an_event_reads_back_from_its_approved_json(Class<?> type) throws IOException {
        assertThat(JSON.readValue(approvedJsonOf(type), type)).isEqualTo(sampleOf(type));
    }

    @Test
    void event_types_have_distinct_names_so_each_has_a_file_of_its_own() {
        List<String> names = eventTypes().map(Class::getSimpleName).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void every_approved_file_belongs_to_an_event_type() throws IOException {
        if (!Files.isDirectory(APPROVED)) {
            return;
        }
        var expected = eventTypes().map(type -> type.getSimpleName() + ".json").toList();
        try (var files = Files.list(APPROVED)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("files in %s without an event type (renamed or removed event?)", APPROVED)
                    .isSubsetOf(expected);
        }
    }

    /**
     * A region registered before RegioNet knew several networks names none: it belongs to Saxony-Anhalt's, the one
     * network of every store of that time, and has no member territories.
     */
    @Test
    void a_region_registered_before_networks_belongs_to_saxony_anhalt() {
        var registered = JSON.readValue("""
                {"key":"15089","name":"Salzlandkreis","kind":"DISTRICT"}""", RegionRegistered.class);
        assertThat(registered).isEqualTo(new RegionRegistered(SALZLANDKREIS, "Salzlandkreis", RegionKind.DISTRICT,
                NetworkId.SACHSEN_ANHALT, List.of()));
    }

    /** Drafts, agreements and programmes recorded before networks name no network: they are Saxony-Anhalt's. */
    @Test
    void drafts_recorded_before_networks_belong_to_saxony_anhalt() throws IOException {
        var news = (tools.jackson.databind.node.ObjectNode) JSON.readTree(approvedJsonOf(NewsDrafted.class));
        news.remove("network");
        assertThat(JSON.treeToValue(news, NewsDrafted.class).network()).isEqualTo(NetworkId.SACHSEN_ANHALT);
        var event = (tools.jackson.databind.node.ObjectNode) JSON.readTree(approvedJsonOf(NetworkEventDrafted.class));
        event.remove("network");
        assertThat(JSON.treeToValue(event, NetworkEventDrafted.class).network()).isEqualTo(NetworkId.SACHSEN_ANHALT);
        var programme = (tools.jackson.databind.node.ObjectNode) JSON.readTree(approvedJsonOf(ProgrammeLaunched.class));
        programme.remove("network");
        assertThat(JSON.treeToValue(programme, ProgrammeLaunched.class).network()).isEqualTo(NetworkId.SACHSEN_ANHALT);
        var agreement = (tools.jackson.databind.node.ObjectNode) JSON.readTree(approvedJsonOf(AgreementDrafted.class));
        agreement.remove("network");
        assertThat(JSON.treeToValue(agreement, AgreementDrafted.class).network()).isEqualTo(NetworkId.SACHSEN_ANHALT);
    }

    /**
     * Rules of procedure stored before a working group could publish its voting record have no
     * {@code votingRecordPublic}; they read as confidential, in every event that carries rules.
     */
    @Test
    void rules_stored_before_the_voting_record_setting_read_as_confidential() {
        var rules = """
                {"validFrom":"2022-07-01","quorum":"MORE_THAN_HALF_OF_VOTING_MEMBERS","majority":"SIMPLE",
                 "votingCategories":["MUNICIPALITY","JOB_CENTRE"]}""";
        var set = JSON.readValue("""
                {"workingGroupId":"5f0c7d9e-2b1a-4c3d-8e9f-0a1b2c3d4e5f","rules":%s}""".formatted(rules),
                RulesOfProcedureSet.class);
        assertThat(set.rules().votingRecordPublic()).isFalse();
        assertThat(set.rules()).isEqualTo(new RulesOfProcedure(LocalDate.of(2022, 7, 1),
                RulesOfProcedure.Quorum.MORE_THAN_HALF_OF_VOTING_MEMBERS, RulesOfProcedure.Majority.SIMPLE,
                List.of(StakeholderCategory.MUNICIPALITY, StakeholderCategory.JOB_CENTRE)));
        var opened = JSON.readValue("""
                {"workingGroupId":"5f0c7d9e-2b1a-4c3d-8e9f-0a1b2c3d4e5f","circulation":1,
                 "resolutionId":"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f","motion":"Umlauf","subject":null,
                 "openedOn":"2025-10-01","deadline":"2025-10-14","rules":%s,"votingMembers":[],"recusals":[]}"""
                .formatted(rules), CirculationOpened.class);
        assertThat(opened.rules().votingRecordPublic()).isFalse();
        var recorded = JSON.readValue("""
                {"workingGroupId":"5f0c7d9e-2b1a-4c3d-8e9f-0a1b2c3d4e5f",
                 "resolutionId":"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f","procedure":"MEETING","circulation":null,
                 "date":"2025-09-14","agendaItem":"TOP 3","motion":"Beschluss","subject":null,"rules":%s,
                 "votingMembers":[],"present":[],"votes":[],"recusals":[],"quorate":false,"outcome":"REJECTED"}"""
                .formatted(rules), ResolutionRecorded.class);
        assertThat(recorded.rules().votingRecordPublic()).isFalse();
    }

    /**
     * Events stored before valid time was recorded everywhere carry no founding day, no affected decisions and no
     * selection before RegioNet: they read with {@code null} there (valid day: the record day; nothing affected;
     * selected in a RegioNet call).
     */
    @Test
    void events_stored_before_valid_time_read_with_their_documented_defaults() {
        var established = JSON.readValue("""
                {"workingGroupId":"5f0c7d9e-2b1a-4c3d-8e9f-0a1b2c3d4e5f","regionKey":"15089",
                 "name":"RAK Salzlandkreis"}""", WorkingGroupEstablished.class);
        assertThat(established.establishedOn()).isNull();
        var withdrawn = JSON.readValue("""
                {"workingGroupId":"5f0c7d9e-2b1a-4c3d-8e9f-0a1b2c3d4e5f",
                 "memberId":"9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d","withdrawnOn":"2025-06-30"}""",
                MemberWithdrawn.class);
        assertThat(withdrawn.affectedResolutions()).isNull();
        assertThat(withdrawn.affected()).isEmpty();
        var launched = JSON.readValue("""
                {"projectId":"d3df270e-e503-34f1-80e0-e9fcf4c2ad5f","callId":"6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d",
                 "proposalId":"8e9f0a1b-2c3d-4e5f-8a7b-9c0d1e2f3a4b",
                 "resolutionId":"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f","regionKey":"15089",
                 "programmeId":"4d5e6f70-8192-4a3b-9c4d-5e6f70819a2b","fundingArea":"A",
                 "sponsor":"Bildungswerk Salzland","title":"Titel","summary":"Text","grant":240000.00,
                 "durationMonths":36,"plannedIndicators":{"PARTICIPANTS":120},"launchedOn":"2026-04-16"}""",
                ProjectLaunched.class);
        assertThat(launched.selection()).isNull();
    }

    /**
     * Working groups established and resolutions recorded before bodies had kinds carry neither {@code kind} nor
     * {@code effect}: they were all deciding working groups (RAK), so they read as {@code DECIDING} and
     * {@code DECISION}.
     */
    @Test
    void working_groups_and_resolutions_stored_before_kinds_read_as_deciding() {
        var established = JSON.readValue("""
                {"workingGroupId":"5f0c7d9e-2b1a-4c3d-8e9f-0a1b2c3d4e5f","regionKey":"15089",
                 "name":"RAK Salzlandkreis","establishedOn":"2022-03-01"}""", WorkingGroupEstablished.class);
        assertThat(established.kind()).isEqualTo(WorkingGroupKind.DECIDING);
        var recorded = JSON.readValue("""
                {"workingGroupId":"5f0c7d9e-2b1a-4c3d-8e9f-0a1b2c3d4e5f",
                 "resolutionId":"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f","procedure":"MEETING","circulation":null,
                 "date":"2025-09-14","agendaItem":"TOP 3","motion":"Beschluss","subject":null,"rules":null,
                 "votingMembers":[],"present":[],"votes":[],"recusals":[],"quorate":true,"outcome":"ADOPTED"}""",
                ResolutionRecorded.class);
        assertThat(recorded.effect()).isEqualTo(ResolutionEffect.DECISION);
    }

    /**
     * Calls, proposals and projects stored before decision procedures (files as they were approved then, in
     * {@code events-before-procedures/}) read with the documented defaults: selected regionally, each proposal in
     * its call's region, a project granted in one amount without funds named.
     */
    @Test
    void calls_and_projects_stored_before_decision_procedures_read_as_before() throws IOException {
        var before = Path.of("src/test/resources/events-before-procedures");
        var opened = JSON.readValue(Files.readString(before.resolve("CallOpened.json")), CallOpened.class);
        assertThat(opened.procedure()).isNull();
        assertThat(DecisionProcedure.orDefault(opened.procedure())).isEqualTo(DecisionProcedure.REGIONAL_SELECTION);
        assertThat(opened.regionKey()).isEqualTo(SALZLANDKREIS);
        var submitted = JSON.readValue(Files.readString(before.resolve("ProposalSubmitted.json")),
                ProposalSubmitted.class);
        assertThat(submitted.regionKey()).isNull();
        assertThat(submitted.requested()).isEqualTo(Euro.of("250000.50"));
        var launched = JSON.readValue(Files.readString(before.resolve("ProjectLaunched.json")),
                ProjectLaunched.class);
        assertThat(launched.funds()).isNull();
        assertThat(launched.grant()).isEqualTo(Euro.of("240000"));
    }

    /**
     * Calls and contact persons stored before they recorded their network (files as they were approved then, in
     * {@code events-before-networks/}) belong to Saxony-Anhalt's network, the one network of every store of that
     * time.
     */
    @Test
    void calls_and_contact_persons_stored_before_networks_belong_to_saxony_anhalt() throws IOException {
        var before = Path.of("src/test/resources/events-before-networks");
        var opened = JSON.readValue(Files.readString(before.resolve("CallOpened.json")), CallOpened.class);
        assertThat(opened.network()).isEqualTo(NetworkId.SACHSEN_ANHALT);
        assertThat(opened).isEqualTo(sampleOf(CallOpened.class));
        var recorded = JSON.readValue(Files.readString(before.resolve("ContactPersonRecorded.json")),
                ContactPersonRecorded.class);
        assertThat(recorded.network()).isEqualTo(NetworkId.SACHSEN_ANHALT);
        assertThat(recorded).isEqualTo(sampleOf(ContactPersonRecorded.class));
    }

    /** A ciphertext stand-in: the format pinned here is the envelope, the vault's own test pins the encryption. */
    private static Sealed sealed(SubjectId subject, String ciphertext) {
        return new Sealed(subject, ciphertext);
    }

    private static Object sampleOf(Class<?> type) {
        var sample = SAMPLES.get(type);
        if (sample == null) {
            fail("no sample instance of " + type.getName() + "; add one to EventJsonApprovalTest.SAMPLES");
        }
        return sample;
    }

    private static Path approvedFile(Class<?> type) {
        return APPROVED.resolve(type.getSimpleName() + ".json");
    }

    /** The reviewed JSON of an event type; a missing file is written only when approving is asked for. */
    private static String approvedJsonOf(Class<?> type) throws IOException {
        var approved = approvedFile(type);
        if (!Files.exists(approved)) {
            if (!Boolean.getBoolean("approve")) {
                fail("no approved JSON " + approved + " for " + type.getName()
                        + "; run with -Dapprove=true to write it, then review it");
            }
            Files.createDirectories(approved.getParent());
            var pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sampleOf(type));
            Files.writeString(approved, pretty + "\n");
        }
        return Files.readString(approved);
    }
}
