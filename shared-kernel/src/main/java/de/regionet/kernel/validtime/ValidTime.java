package de.regionet.kernel.validtime;

import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.agreement.AgreementEvent;
import de.regionet.kernel.call.CallEvent;
import de.regionet.kernel.news.NewsEvent;
import de.regionet.kernel.planning.PlanningEvent;
import de.regionet.kernel.programme.ProgrammeEvent;
import de.regionet.kernel.project.ProjectEvent;
import de.regionet.kernel.targetagreement.TargetAgreementEvent;
import de.regionet.kernel.workinggroup.DecisionEvent;
import de.regionet.kernel.workinggroup.WorkingGroupEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a fact took effect in the world (valid time), as opposed to the instant RegioNet recorded it (record
 * time, the event's timestamp). Each event type that carries such a day names it here, in one place, so that
 * readers judging "as of a day" and the audit agree on it. A fact without a day of its own (a draft, a region's
 * registration, a scheduled publication) is valid from the day it was recorded: see {@link #validOn(Object,
 * Instant)}.
 */
public final class ValidTime {

    private ValidTime() {
    }

    /** The day the fact took effect, or the day it was recorded where the fact carries no day of its own. */
    public static LocalDate validOn(Object event, Instant recordedAt) {
        return dayOf(event).orElseGet(() -> NetworkTime.dayOf(recordedAt));
    }

    /** The day the fact itself names as the day it took effect, if it names one. */
    public static Optional<LocalDate> dayOf(Object event) {
        return Optional.ofNullable(named(event));
    }

    private static LocalDate named(Object event) {
        if (event instanceof AgreementEvent agreement) {
            return agreement(agreement);
        }
        if (event instanceof WorkingGroupEvent group) {
            return workingGroup(group);
        }
        if (event instanceof DecisionEvent decision) {
            return decision(decision);
        }
        if (event instanceof CallEvent call) {
            return call(call);
        }
        if (event instanceof ProjectEvent project) {
            return project(project);
        }
        if (event instanceof ProgrammeEvent programme) {
            return programme(programme);
        }
        if (event instanceof TargetAgreementEvent target) {
            return targetAgreement(target);
        }
        if (event instanceof NewsEvent news) {
            return news(news);
        }
        if (event instanceof PlanningEvent planning) {
            return planning(planning);
        }
        return null;
    }

    /** A document's adoption and revisions on the day its body adopted them; links have no day of their own. */
    private static LocalDate planning(PlanningEvent event) {
        if (event instanceof PlanningEvent.PlanningDocumentAdopted e) {
            return e.adoptedOn();
        } else if (event instanceof PlanningEvent.PlanningDocumentRevised e) {
            return e.revisedOn();
        } else if (event instanceof PlanningEvent.PlanningDocumentSuperseded e) {
            return e.supersededOn();
        }
        return null;
    }

    private static LocalDate agreement(AgreementEvent event) {
        if (event instanceof AgreementEvent.AgreementSigned e) {
            return e.signedOn();
        } else if (event instanceof AgreementEvent.AgreementEnteredIntoForce e) {
            return e.effectiveOn();
        } else if (event instanceof AgreementEvent.PartyAcceded e) {
            return e.accededOn();
        } else if (event instanceof AgreementEvent.PartyWithdrew e) {
            return e.withdrawnOn();
        } else if (event instanceof AgreementEvent.AmendmentProposed e) {
            return e.proposedOn();
        } else if (event instanceof AgreementEvent.AmendmentConsented e) {
            return e.consentedOn();
        } else if (event instanceof AgreementEvent.AmendmentEnteredIntoForce e) {
            return e.effectiveOn();
        } else if (event instanceof AgreementEvent.AgreementTerminated e) {
            return e.effectiveOn();
        } else if (event instanceof AgreementEvent.AgreementExpired e) {
            return e.lastDayInForce().plusDays(1);
        }
        return null;
    }

    private static LocalDate workingGroup(WorkingGroupEvent event) {
        if (event instanceof WorkingGroupEvent.WorkingGroupEstablished e) {
            return e.establishedOn();
        } else if (event instanceof WorkingGroupEvent.MemberAdmitted e) {
            return e.admittedOn();
        } else if (event instanceof WorkingGroupEvent.MemberWithdrawn e) {
            return e.withdrawnOn();
        } else if (event instanceof WorkingGroupEvent.CoordinationSet e) {
            return e.period().from();
        }
        return null;
    }

    private static LocalDate decision(DecisionEvent event) {
        if (event instanceof DecisionEvent.ResolutionRecorded e) {
            return e.date();
        } else if (event instanceof DecisionEvent.CirculationOpened e) {
            return e.openedOn();
        } else if (event instanceof DecisionEvent.CirculationVoteCast e) {
            return e.castOn();
        } else if (event instanceof DecisionEvent.CirculationRecusalDeclared e) {
            return e.declaredOn();
        } else if (event instanceof DecisionEvent.PrioritiesAdopted e) {
            return e.period().from();
        }
        return null;
    }

    private static LocalDate call(CallEvent event) {
        if (event instanceof CallEvent.CallOpened e) {
            return e.openedOn();
        } else if (event instanceof CallEvent.ProposalSubmitted e) {
            return NetworkTime.dayOf(e.submittedAt());
        } else if (event instanceof CallEvent.CallClosed e) {
            return NetworkTime.dayOf(e.closedAt());
        }
        return null;
    }

    private static LocalDate project(ProjectEvent event) {
        if (event instanceof ProjectEvent.ProjectLaunched e) {
            return e.launchedOn();
        } else if (event instanceof ProjectEvent.ResultRecorded e) {
            return e.recordedOn();
        } else if (event instanceof ProjectEvent.ResultShared e) {
            return e.sharedOn();
        } else if (event instanceof ProjectEvent.ProjectCompleted e) {
            return e.completedOn();
        }
        return null;
    }

    private static LocalDate programme(ProgrammeEvent event) {
        if (event instanceof ProgrammeEvent.ProgrammeLaunched e) {
            return e.period().from();
        } else if (event instanceof ProgrammeEvent.ProgrammeAmended e) {
            return e.effectiveFrom();
        }
        return null;
    }

    private static LocalDate targetAgreement(TargetAgreementEvent event) {
        if (event instanceof TargetAgreementEvent.TargetAgreementSigned e) {
            return e.signedOn();
        } else if (event instanceof TargetAgreementEvent.TargetAgreementEnteredIntoForce e) {
            return e.effectiveOn();
        } else if (event instanceof TargetAgreementEvent.TargetAmendmentProposed e) {
            return e.proposedOn();
        } else if (event instanceof TargetAgreementEvent.TargetAmendmentSigned e) {
            return e.signedOn();
        } else if (event instanceof TargetAgreementEvent.TargetAmendmentEnteredIntoForce e) {
            return e.effectiveOn();
        } else if (event instanceof TargetAgreementEvent.ReviewRecorded e) {
            return e.date();
        }
        return null;
    }

    private static LocalDate news(NewsEvent event) {
        if (event instanceof NewsEvent.NewsPublished e) {
            return NetworkTime.dayOf(e.publishedAt());
        } else if (event instanceof NewsEvent.NewsWithdrawn e) {
            return NetworkTime.dayOf(e.withdrawnAt());
        }
        return null;
    }
}
