package de.regionet.infra.console.office;

/**
 * Why a console form was not accepted: the form field it concerns ({@code null}: the form as a whole) and the
 * message key of the German or English sentence the page shows. Pages show message keys, never the domain's
 * English exception text.
 */
record FormProblem(String field, String messageKey) {

    static FormProblem of(String field, String messageKey) {
        return new FormProblem(field, messageKey);
    }
}
