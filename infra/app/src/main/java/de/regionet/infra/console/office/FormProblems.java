package de.regionet.infra.console.office;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems of a form by field, so each input can name its own next to it. */
final class FormProblems {

    private FormProblems() {
    }

    static Map<String, String> byField(List<FormProblem> problems) {
        var byField = new LinkedHashMap<String, String>();
        problems.stream().filter(problem -> problem.field() != null)
                .forEach(problem -> byField.putIfAbsent(problem.field(), problem.messageKey()));
        return byField;
    }
}
