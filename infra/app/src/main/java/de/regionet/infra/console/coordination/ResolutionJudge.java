package de.regionet.infra.console.coordination;

import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;

/**
 * Judges a meeting's resolution without recording it, by the rules the working group applies when it records one.
 * A resolution the working group would refuse for another reason than the quorum is refused the same way (a
 * {@link de.regionet.kernel.Rejection}, possibly inside Axon's command exception).
 */
interface ResolutionJudge {

    Judgement judge(RecordResolution resolution);
}
