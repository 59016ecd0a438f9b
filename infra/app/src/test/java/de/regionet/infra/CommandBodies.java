package de.regionet.infra;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One well-formed request per command endpoint (every POST and PUT that takes a JSON body), for tests that take
 * them apart: paths and bodies may use the placeholders of {@link #prepare}, which sets up one of everything.
 * The bodies have the right shape; whether the domain would accept them is not the point.
 */
public final class CommandBodies {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String ATTACHMENT = "{\"name\":\"Bericht\",\"reference\":\"https://dms.example/b.pdf\","
            + "\"sha256\":\"" + HASH + "\"}";
    private static final String SUBJECT = "{\"type\":\"CALL\",\"id\":\"c-1\",\"sponsors\":[\"Bildungswerk\"]}";
    private static final String TARGETS = "[{\"indicator\":\"PARTICIPANTS\",\"value\":100,\"fundingArea\":\"A\","
            + "\"milestones\":[{\"date\":\"2027-06-30\",\"value\":40}]}]";
    private static final String NEWS = "{\"title\":\"Nachricht\",\"teaser\":\"Kurz\",\"body\":\"Text\","
            + "\"tags\":[\"Fachkräfte\"],\"regionKeys\":[\"15089\"],\"fundingAreas\":[\"A\"]}";

    private static final String PLANNING = "{\"title\":\"Handlungsplan\",\"validFrom\":\"2011-05-01\","
            + "\"validTo\":\"2015-12-31\",\"needs\":[{\"id\":\"B1\",\"title\":\"Nachwuchs\",\"text\":\"Zu wenig\"}],"
            + "\"problemAreas\":[\"Personal 4.0\"],\"fundingLines\":[\"ESF: Fachkräftesicherung\"]}";

    private static final String PRACTICE = "{\"title\":\"Arbeitsmarktbüro\",\"summary\":\"Unter einem Dach\","
            + "\"regionKey\":\"15089\",\"cooperationBodyId\":\"b-1\",\"topics\":[\"Kooperation\"],"
            + "\"contactOrganisation\":\"Salzlandkreis\",\"audience\":\"NATION_WIDE\"}";

    /** A command endpoint: its method, its path with placeholders, and a body of the right shape. */
    public record Command(String method, String path, String body) {
    }

    private CommandBodies() {
    }

    /** Whom a command is sent as: the state's granting authority for its funding decisions, else the office. */
    public static String senderOf(String path) {
        return path.endsWith("/funding-decisions") ? TestUsers.GRANTING_AUTHORITY : TestUsers.OFFICE;
    }

    public static final List<Command> ALL = List.of(
            new Command("POST", "/api/regions", "{\"key\":\"15083\",\"name\":\"Börde\",\"kind\":\"DISTRICT\"}"),
            new Command("POST", "/api/working-groups", "{\"regionKey\":\"15083\",\"name\":\"RAK Börde"
                    + "\",\"establishedOn\":\"2021-01-01\"}"),
            new Command("POST", "{wg}/members",
                    "{\"organisation\":\"IHK\",\"category\":\"BUSINESS\",\"admittedOn\":\"2022-07-01\"}"),
            new Command("PUT", "{wg}/coordination",
                    "{\"organisation\":\"REKO\",\"from\":\"2022-07-01\",\"to\":\"2028-06-30\"}"),
            new Command("PUT", "{wg}/rules", "{\"validFrom\":\"2022-07-01\",\"quorum\":"
                    + "\"MORE_THAN_HALF_OF_VOTING_MEMBERS\",\"majority\":\"SIMPLE\",\"votingCategories\":[\"BUSINESS\"]}"),
            new Command("POST", "{wg}/resolutions", "{\"date\":\"2022-09-14\",\"agendaItem\":\"TOP 1\",\"motion\":\"M\","
                    + "\"subject\":" + SUBJECT + ",\"present\":[\"{member}\"],\"votes\":{\"{member}\":\"YES\"},"
                    + "\"recusals\":[{\"memberId\":\"{member}\",\"reason\":\"befangen\"}]}"),
            new Command("POST", "{wg}/resolutions/preview", "{\"date\":\"2022-09-14\",\"agendaItem\":\"TOP 1\","
                    + "\"motion\":\"M\",\"subject\":" + SUBJECT + ",\"present\":[\"{member}\"],"
                    + "\"votes\":{\"{member}\":\"YES\"},"
                    + "\"recusals\":[{\"memberId\":\"{member}\",\"reason\":\"befangen\"}]}"),
            new Command("POST", "{wg}/circulations",
                    "{\"motion\":\"M\",\"subject\":" + SUBJECT + ",\"deadline\":\"2099-01-01\"}"),
            new Command("POST", "{wg}/circulations/1/votes", "{\"memberId\":\"{member}\",\"vote\":\"YES\"}"),
            new Command("POST", "{wg}/circulations/1/recusals", "{\"memberId\":\"{member}\",\"reason\":\"befangen\"}"),
            new Command("POST", "{wg}/priorities", "{\"from\":\"2023-01-01\",\"to\":\"2025-12-31\",\"resolutionId\":"
                    + "\"r-1\",\"priorities\":[{\"title\":\"Fachkräfte\",\"fundingAreas\":[\"A\"]}]}"),
            new Command("POST", "/api/agreements", "{\"title\":\"REGIO AKTIV\",\"scope\":\"STATE\",\"parties\":"
                    + "[{\"party\":\"Ministerium\"},{\"party\":\"Salzlandkreis\",\"regionKey\":\"15089\"}],"
                    + "\"documentSha256\":\"" + HASH + "\",\"validFrom\":\"2022-01-01\",\"validUntil\":\"2027-12-31\"}"),
            new Command("POST", "{agreement}/signatures",
                    "{\"party\":\"Ministerium\",\"signedOn\":\"2021-12-09\",\"signatory\":\"Leitung\"}"),
            new Command("POST", "{agreement}/accessions",
                    "{\"party\":\"Salzlandkreis\",\"regionKey\":\"15089\",\"accededOn\":\"2023-01-01\"}"),
            new Command("POST", "{agreement}/withdrawals", "{\"party\":\"Ministerium\",\"withdrawnOn\":\"2023-01-01\"}"),
            new Command("POST", "{agreement}/amendments",
                    "{\"documentSha256\":\"" + HASH + "\",\"summary\":\"neu\",\"proposedOn\":\"2023-01-01\"}"),
            new Command("POST", "{agreement}/amendments/1/consents",
                    "{\"party\":\"Ministerium\",\"consentedOn\":\"2023-01-01\"}"),
            new Command("POST", "{agreement}/termination", "{\"effectiveOn\":\"2023-01-01\",\"reason\":\"beendet\"}"),
            new Command("POST", "/api/cooperation-bodies", "{\"regionKey\":\"15089\",\"kind\":\"OTHER\","
                    + "\"kindName\":\"Ausbildungsplanung\",\"name\":\"Arbeitsmarktbüro\",\"site\":\"Bernburg\","
                    + "\"partners\":[{\"organisation\":\"Jobcenter\",\"role\":\"Jobcenter\"}],"
                    + "\"agreementId\":\"{agreement-id}\",\"foundedOn\":\"2022-01-01\"}"),
            new Command("POST", "{body}/partners",
                    "{\"organisation\":\"IHK\",\"role\":\"Kammer\",\"admittedOn\":\"2023-01-01\"}"),
            new Command("PUT", "{body}/site", "{\"site\":\"Staßfurt\",\"movedOn\":\"2023-01-01\"}"),
            new Command("POST", "{body}/dissolution", "{\"dissolvedOn\":\"2024-01-01\",\"reason\":\"beendet\"}"),
            new Command("POST", "/api/contact-persons", "{\"kind\":\"COORDINATION_OFFICE\",\"regionKey\":\"15089\","
                    + "\"name\":\"Anna Beispiel\",\"function\":\"Koordinatorin\",\"telephone\":\"03471 684-0\","
                    + "\"email\":\"anna.beispiel@example.org\"}"),
            new Command("PUT", "{contact}", "{\"name\":\"Anna Beispiel\",\"function\":\"Leitung\","
                    + "\"telephone\":\"03471 684-100\",\"email\":\"anna.beispiel@example.org\"}"),
            new Command("POST", "{contact}/consent", "{\"on\":\"2026-01-05\"}"),
            new Command("POST", "/api/personal-data/erasures", "{\"email\":\"nobody.known@example.org\"}"),
            new Command("POST", "/api/news", NEWS),
            new Command("PUT", "{news}", NEWS),
            new Command("POST", "{news}/publication", "{\"at\":\"2099-01-01T08:00:00Z\"}"),
            new Command("POST", "/api/network-events", "{\"title\":\"Konferenz\",\"description\":\"Text\","
                    + "\"start\":\"2099-12-03T10:00:00+01:00\",\"end\":\"2099-12-03T16:00:00+01:00\","
                    + "\"location\":\"Magdeburg\",\"onlineUrl\":\"https://meet.example/k\",\"capacity\":80,"
                    + "\"regionKeys\":[\"15089\"]}"),
            new Command("PUT", "{event}/schedule",
                    "{\"start\":\"2099-12-04T10:00:00+01:00\",\"end\":\"2099-12-04T16:00:00+01:00\"}"),
            new Command("POST", "{event}/cancellation", "{\"reason\":\"abgesagt\"}"),
            new Command("POST", "{event}/registrations", "{\"organisation\":\"IHK\"}"),
            new Command("POST", "/api/programmes", "{\"name\":\"REGIO AKTIV\",\"from\":\"2021-01-01\",\"to\":"
                    + "\"2027-12-31\",\"budgetEuro\":1000,\"fundingAreas\":[{\"code\":\"A\",\"title\":\"Aktiv\","
                    + "\"from\":\"2021-01-01\"}]}"),
            new Command("POST", "{programme}/amendments", "{\"effectiveFrom\":\"2025-04-01\",\"addAreas\":"
                    + "[{\"code\":\"L\",\"title\":\"Fachkräfte\"}],\"retitleAreas\":[{\"code\":\"A\",\"title\":\"Neu\"}],"
                    + "\"closeAreas\":[\"B\"]}"),
            new Command("POST", "/api/calls", "{\"regionKey\":\"15089\",\"programmeId\":\"{programme-id}\","
                    + "\"fundingArea\":\"A\",\"title\":\"Aufruf\",\"budgetEuro\":1000,\"deadline\":"
                    + "\"2099-01-01T12:00:00Z\",\"criteria\":[\"Wirkung\"]}"),
            new Command("POST", "{call}/proposals", "{\"sponsor\":\"Bildungswerk Salzland\",\"title\":\"V\","
                    + "\"summary\":\"S\",\"requestedEuro\":10,\"durationMonths\":36,\"plannedIndicators\":"
                    + "{\"PARTICIPANTS\":3}}"),
            new Command("POST", "{call}/selection", "{\"resolutionId\":\"r-1\",\"selected\":[{\"proposalId\":\"p-1\","
                    + "\"amountEuro\":10}],\"notSelected\":[{\"proposalId\":\"p-2\",\"reason\":\"zu teuer\"}]}"),
            new Command("POST", "{call}/advice", "{\"advice\":[{\"proposalId\":\"p-1\",\"recommended\":true,"
                    + "\"rank\":1,\"reason\":\"Bedarf\"}],\"advisedOn\":\"2026-01-01\"}"),
            new Command("POST", "{call}/funding-decisions", "{\"granted\":[{\"proposalId\":\"p-1\",\"funds\":"
                    + "[{\"fund\":\"ESF_PLUS\",\"amountEuro\":10}]}],\"refused\":[{\"proposalId\":\"p-2\","
                    + "\"reason\":\"zu teuer\"}],\"decidedOn\":\"2026-01-01\"}"),
            new Command("POST", "/api/projects", "{\"regionKey\":\"15089\",\"programmeId\":\"{programme-id}\","
                    + "\"fundingArea\":\"A\",\"sponsor\":\"Bildungswerk Salzland\",\"title\":\"P\",\"summary\":\"S\","
                    + "\"grantEuro\":10,\"durationMonths\":36,\"plannedIndicators\":{\"PARTICIPANTS\":3},"
                    + "\"selectedBy\":\"RAK Salzlandkreis\",\"selectedOn\":\"2022-09-14\","
                    + "\"launchedOn\":\"2022-10-01\"}"),
            new Command("POST", "{project}/results", "{\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-06-30\","
                    + "\"indicators\":{\"PARTICIPANTS\":4},\"narrative\":\"Bericht\",\"attachments\":[" + ATTACHMENT
                    + "],\"audience\":\"NETWORK\",\"corrects\":\"r-1\"}"),
            new Command("POST", "{project}/completion", "{\"completedOn\":\"2026-01-01\",\"finalReport\":\"Bericht\","
                    + "\"attachments\":[" + ATTACHMENT + "]}"),
            new Command("POST", "/api/target-agreements", "{\"regionKey\":\"15089\",\"from\":\"2027-01-01\",\"to\":"
                    + "\"2027-12-31\",\"parties\":[\"Regio-Netzwerkstelle\",\"Salzlandkreis\"],\"targets\":"
                    + TARGETS + "}"),
            new Command("POST", "{targets}/signatures", "{\"party\":\"Salzlandkreis\",\"signedOn\":\"2026-01-05\"}"),
            new Command("POST", "{targets}/amendments",
                    "{\"targets\":" + TARGETS + ",\"reason\":\"Anpassung\",\"proposedOn\":\"2026-02-01\"}"),
            new Command("POST", "{targets}/amendments/1/signatures",
                    "{\"party\":\"Salzlandkreis\",\"signedOn\":\"2026-02-05\"}"),
            new Command("POST", "{targets}/reviews",
                    "{\"date\":\"2026-07-01\",\"assessment\":\"ON_TRACK\",\"measures\":\"weiter so\"}"),
            new Command("POST", "/api/planning-documents", "{\"regionKey\":\"15089\",\"adoptedBy\":\"{wg-id}\","
                    + "\"kind\":\"ACTION_PLAN\",\"content\":" + PLANNING + ",\"adoptedOn\":\"2011-05-01\"}"),
            new Command("POST", "{planning}/revisions", "{\"content\":" + PLANNING + ",\"revisedOn\":\"2012-01-01\"}"),
            new Command("POST", "{planning}/supersession",
                    "{\"successorId\":\"p-2\",\"supersededOn\":\"2016-07-04\"}"),
            new Command("POST", "{planning}/needs/B1/links", "{\"priority\":{\"workingGroupId\":\"{wg-id}\","
                    + "\"resolutionId\":\"r-1\",\"title\":\"Fachkräfte\"}}"),
            new Command("POST", "{result}/sharing", "{\"audience\":\"NATION_WIDE\",\"sharedOn\":\"2026-07-01\"}"),
            new Command("POST", "/api/practices", PRACTICE),
            new Command("PUT", "{practice}", PRACTICE),
            new Command("POST", "{practice}/withdrawal", "{\"reason\":\"Büro geschlossen\"}"));

    /**
     * Sets up one of everything as the network office and answers the placeholders: {@code {wg}} (a working group
     * of the Salzlandkreis, constituted, with rules) and {@code {member}}, {@code {agreement}} (a draft) and its
     * {@code {agreement-id}}, {@code {body}} (a cooperation body of the Salzlandkreis implementing it), {@code
     * {news}}, {@code {contact}} (a contact person of the Salzlandkreis), {@code {event}}, {@code {programme}} and
     * {@code {programme-id}}, {@code {call}} (open), {@code {project}} (of Dessau-Roßlau), {@code {targets}} (a
     * target agreement nobody signed), {@code {wg-id}} (the working group's id), {@code {planning}} (an action plan
     * of the Salzlandkreis), {@code {result}} (a result of the project, for its region) and {@code {practice}} (an
     * example of good practice of the Salzlandkreis, under its command path).
     */
    public static Map<String, String> prepare(ApiClient office) {
        var ids = new LinkedHashMap<String, String>();
        created(office.post("/api/regions", "{\"key\":\"15089\",\"name\":\"Salzlandkreis\",\"kind\":\"DISTRICT\"}"));
        created(office.post("/api/regions", "{\"key\":\"15001\",\"name\":\"Dessau-Roßlau\",\"kind\":"
                + "\"INDEPENDENT_CITY\"}"));
        var rak = Rak.constitute(office, "15089", "Salzlandkreis");
        ids.put("{wg}", "/api/working-groups/" + rak.id());
        ids.put("{wg-id}", rak.id());
        ids.put("{member}", rak.member("Jobcenter"));
        ids.put("{agreement}", created(office.post("/api/agreements", body("/api/agreements"))).header("Location"));
        ids.put("{agreement-id}", ids.get("{agreement}").substring("/api/agreements/".length()));
        ids.put("{body}", created(office.post("/api/cooperation-bodies", resolve(body("/api/cooperation-bodies"),
                ids))).header("Location"));
        ids.put("{contact}", created(office.post("/api/contact-persons", body("/api/contact-persons")))
                .header("Location"));
        ids.put("{news}", "/api/news/" + created(office.post("/api/news", NEWS)).json().get("id").asString());
        ids.put("{event}", "/api/network-events/" + created(office.post("/api/network-events",
                body("/api/network-events"))).json().get("id").asString());
        var funding = new Funding(office);
        ids.put("{programme-id}", funding.programme());
        ids.put("{programme}", "/api/programmes/" + funding.programme());
        ids.put("{call}", funding.call("15089", Instant.parse("2099-01-01T12:00:00Z")));
        var dessau = Rak.constitute(office, "15001", "Dessau-Roßlau");
        ids.put("{project}", funding.projects("15001", 1, call -> dessau.resolveAboutCall(office, call)).get(0));
        ids.put("{targets}", created(office.post("/api/target-agreements", body("/api/target-agreements")))
                .header("Location"));
        ids.put("{planning}", created(office.post("/api/planning-documents",
                resolve(body("/api/planning-documents"), ids))).header("Location"));
        ids.put("{result}", created(office.post(ids.get("{project}") + "/results", "{\"periodFrom\":\"2026-01-01\","
                + "\"periodTo\":\"2026-06-30\",\"indicators\":{\"PARTICIPANTS\":4},\"narrative\":\"Bericht\","
                + "\"audience\":\"REGION\"}")).header("Location"));
        ids.put("{practice}", "/api/practices/" + created(office.post("/api/practices", PRACTICE)).json().get("id")
                .asString());
        return ids;
    }

    /** {@code text} with every placeholder replaced by its value. */
    public static String resolve(String text, Map<String, String> ids) {
        var resolved = text;
        for (var id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    private static String body(String path) {
        return ALL.stream().filter(command -> command.path().equals(path)).findFirst().orElseThrow().body();
    }

    private static ApiClient.Response created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }
}
