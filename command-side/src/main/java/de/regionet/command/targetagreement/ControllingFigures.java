package de.regionet.command.targetagreement;

import de.regionet.kernel.targetagreement.TargetAgreementId;
import de.regionet.kernel.targetagreement.TargetFigure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a target agreement's region stood on a day, per target: what a controlling review freezes. The figures come
 * from the results the read side has counted, so the application provides this port from the controlling read
 * model; the command side never reads the query side itself.
 */
public interface ControllingFigures {

    /** The figures as of {@code day}, or empty if there is no such target agreement. */
    Optional<List<TargetFigure>> asOf(TargetAgreementId agreement, LocalDate day);
}
