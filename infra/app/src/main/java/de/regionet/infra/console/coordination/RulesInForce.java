package de.regionet.infra.console.coordination;

import de.regionet.query.workinggroup.decision.DecisionLogProjection;
import de.regionet.query.workinggroup.decision.DecisionLogView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/** The version of a working group's rules of procedure in force on a day, from the decision log's read model. */
@Component
class RulesInForce {

    private final DecisionLogProjection logs;

    RulesInForce(DecisionLogProjection logs) {
        this.logs = logs;
    }

    Optional<DecisionLogView.Rules> on(String workingGroupId, LocalDate day) {
        return logs.logs().find(workingGroupId).stream().flatMap(log -> log.rules().stream())
                .filter(rules -> !rules.validFrom().isAfter(day))
                .max(Comparator.comparing(DecisionLogView.Rules::validFrom));
    }
}
