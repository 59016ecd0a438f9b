package de.regionet.infra.web.description;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;

import java.util.Map;
import java.util.function.Function;

/**
 * Examples from the domain for the main creations and reads: Landkreis Anhalt-Bitterfeld (official key 15082) with
 * its regional working group, a regional cooperation agreement, a call for projects, a project result, news. Those
 * that need no other resource (region, working group, agreement, news) are sent in {@code OpenApiDocumentTest}, so
 * they stay requests the API accepts; the call names its programme by a placeholder.
 */
final class DomainExamples {

    static final String REGION = """
            {"key":"15082","name":"Landkreis Anhalt-Bitterfeld","kind":"DISTRICT"}""";
    static final String WORKING_GROUP = """
            {"regionKey":"15082","name":"Regionaler Arbeitskreis Anhalt-Bitterfeld","establishedOn":"2022-03-01"}""";
    static final String AGREEMENT = """
            {"title":"Kooperationsvereinbarung Fachkräftesicherung Anhalt-Bitterfeld","scope":"REGIONAL",\
            "regionKey":"15082","parties":[{"party":"Landkreis Anhalt-Bitterfeld","regionKey":"15082"},\
            {"party":"Agentur für Arbeit Dessau-Roßlau-Wittenberg"},{"party":"Jobcenter Anhalt-Bitterfeld"}],\
            "documentSha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",\
            "validFrom":"2023-01-01","validUntil":"2027-12-31"}""";
    static final String CALL = """
            {"regionKey":"15082","programmeId":"<id of the programme REGIO AKTIV>","fundingArea":"A",\
            "title":"Aufruf 2027: Übergänge von der Schule in den Beruf","budgetEuro":250000,\
            "deadline":"2027-09-30T12:00:00Z","criteria":["Beitrag zu den Handlungsschwerpunkten des RAK",\
            "Einbindung der Betriebe der Region"]}""";
    static final String RESULT = """
            {"periodFrom":"2026-01-01","periodTo":"2026-06-30","indicators":{"PARTICIPANTS":42},\
            "narrative":"42 Jugendliche nahmen an Betriebserkundungen teil; 17 begannen eine Ausbildung.",\
            "audience":"PUBLIC"}""";
    static final String NEWS = """
            {"title":"Neuer Aufruf in Anhalt-Bitterfeld","teaser":"Der RAK ruft Projekte zur Fachkräftesicherung \
            auf.","body":"Bis zum **30. September 2027** können Träger Projektvorschläge einreichen.",\
            "tags":["Fachkräfte","Aufruf"],"regionKeys":["15082"],"fundingAreas":["A"]}""";
    static final String REGION_VIEW = """
            {"key":"15082","name":"Landkreis Anhalt-Bitterfeld","kind":"DISTRICT",\
            "workingGroupId":"6f1c8e52-3b0a-4d8e-9a57-2c4b1d0e7f93","version":1,"network":"sachsen-anhalt",\
            "members":[]}""";

    static final String RESULT_PAGE = """
            {"page":0,"size":20,"total":1,"items":[{"resultId":"8e2b4c6d-1f3a-4b5c-9d7e-0a1b2c3d4e5f",\
            "projectId":"2d7f3c1a-8b4e-4f60-9c2d-5e1a7b3f9c08","projectTitle":"Berufsorientierung vor Ort",\
            "sponsor":"Bildungswerk Anhalt-Bitterfeld","regionKey":"15082","fundingArea":"A",\
            "periodFrom":"2026-01-01","periodTo":"2026-06-30","indicators":{"PARTICIPANTS":42},\
            "narrative":"42 Jugendliche nahmen an Betriebserkundungen teil; 17 begannen eine Ausbildung.",\
            "attachments":[],"audience":"PUBLIC","recordedOn":"2026-07-02"}],"aggregates":[]}""";

    private DomainExamples() {
    }

    static void add(OpenAPI api) {
        request(api, "/api/regions", PathItem::getPost, REGION);
        request(api, "/api/working-groups", PathItem::getPost, WORKING_GROUP);
        request(api, "/api/agreements", PathItem::getPost, AGREEMENT);
        request(api, "/api/calls", PathItem::getPost, CALL);
        request(api, "/api/projects/{id}/results", PathItem::getPost, RESULT);
        request(api, "/api/news", PathItem::getPost, NEWS);
        answer(api, "/api/regions/{key}", PathItem::getGet, "200", REGION_VIEW);
        answer(api, "/api/regions", PathItem::getPost, "201", "{\"key\":\"15082\"}");
        answer(api, "/api/working-groups", PathItem::getPost, "201",
                "{\"id\":\"6f1c8e52-3b0a-4d8e-9a57-2c4b1d0e7f93\"}");
        answer(api, "/api/results", PathItem::getGet, "200", RESULT_PAGE);
    }

    private static void request(OpenAPI api, String path, Function<PathItem, Operation> method, String json) {
        operation(api, path, method).ifPresent(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> media.setExample(parse(json)));
            }
        });
    }

    private static void answer(OpenAPI api, String path, Function<PathItem, Operation> method, String status,
                               String json) {
        operation(api, path, method).map(operation -> operation.getResponses().get(status))
                .filter(response -> response.getContent() != null)
                .ifPresent(response -> response.getContent().values().forEach(media -> media.setExample(parse(json))));
    }

    private static java.util.Optional<Operation> operation(OpenAPI api, String path,
                                                           Function<PathItem, Operation> method) {
        return java.util.Optional.ofNullable(api.getPaths()).map(paths -> paths.get(path)).map(method);
    }

    private static Object parse(String json) {
        try {
            return Json31.mapper().readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("an example is no JSON object: " + json, e);
        }
    }
}
