package de.regionet.infra;

import de.regionet.kernel.access.Role;
import de.regionet.kernel.access.SentBy;
import de.regionet.kernel.agreement.AgreementCommand.AccedeToAgreement;
import de.regionet.kernel.agreement.AgreementCommand.DraftAgreement;
import de.regionet.kernel.agreement.AgreementCommand.SignAgreement;
import de.regionet.kernel.agreement.AgreementCommand;
import de.regionet.kernel.call.CallCommand.AdviseOnProposals;
import de.regionet.kernel.call.CallCommand.DecideFunding;
import de.regionet.kernel.call.CallCommand.OpenCall;
import de.regionet.kernel.call.CallCommand.SelectProposals;
import de.regionet.kernel.call.CallCommand.SubmitProposal;
import de.regionet.kernel.call.CallCommand;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.kernel.call.FundingGrant;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.call.Reach;
import de.regionet.kernel.cooperation.CooperationBodyCommand.EstablishCooperationBody;
import de.regionet.kernel.cooperation.CooperationBodyCommand;
import de.regionet.kernel.cooperation.CooperationBodyId;
import de.regionet.kernel.networkevent.NetworkEventCommand;
import de.regionet.kernel.news.NewsCommand;
import de.regionet.kernel.planning.PlanningCommand.AdoptPlanningDocument;
import de.regionet.kernel.planning.PlanningCommand;
import de.regionet.kernel.planning.PlanningDocumentId;
import de.regionet.kernel.planning.PlanningDocumentKind;
import de.regionet.kernel.practice.PracticeCommand;
import de.regionet.kernel.programme.ProgrammeCommand.AmendProgramme;
import de.regionet.kernel.programme.ProgrammeCommand;
import de.regionet.kernel.project.Fund;
import de.regionet.kernel.project.FundAmount;
import de.regionet.kernel.project.ProjectCommand;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.region.RegionCommand.DraftTargetAgreement;
import de.regionet.kernel.region.RegionCommand.EstablishWorkingGroup;
import de.regionet.kernel.region.RegionCommand.RegisterRegion;
import de.regionet.kernel.region.RegionCommand;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.targetagreement.TargetAgreementCommand;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.kernel.workinggroup.WorkingGroupCommand;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.kernel.workinggroup.WorkingGroupKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo networks shipped with the application (Saxony-Anhalt, North Rhine-Westphalia, Hesse; docs/demo.md), each
 * file read line by line as the import reads it: the header, then commands whose bodies the application's own JSON
 * mapper turns into the kernel command named, each sent by an office allowed to send it. This finds most mistakes
 * in the files without running the import; whether the rules accept each line is the import's test
 * ({@code DemoImportTest}, {@code DemoNetworksTest}).
 */
class DemoDataFileTest {

    private static final String FILE = "/demo/regio-aktiv-sachsen-anhalt.ndjson";
    private static final String NRW_FILE = "/demo/nrw-westfaelisches-ruhrgebiet.ndjson";
    private static final String HESSE_FILE = "/demo/hessen-kooperation.ndjson";
    /** Every shipped file, in the order the demo imports them. */
    private static final List<String> FILES = List.of(FILE, NRW_FILE, HESSE_FILE);

    /** Every kernel command is a record inside one of these sealed families. */
    private static final List<Class<?>> COMMAND_FAMILIES = List.of(RegionCommand.class, ProgrammeCommand.class,
            AgreementCommand.class, WorkingGroupCommand.class, CallCommand.class, ProjectCommand.class,
            TargetAgreementCommand.class, NewsCommand.class, NetworkEventCommand.class, PlanningCommand.class,
            CooperationBodyCommand.class, PracticeCommand.class);

    /**
     * Fields the file already carries for commands that gain them (a day in the past for facts recorded late).
     * A field listed here is only set aside while its command lacks it; once the command has it, it is read.
     */
    private static final Map<String, Set<String>> ANNOUNCED_FIELDS = Map.of(
            "EstablishWorkingGroup", Set.of("establishedOn"),
            "OpenCall", Set.of("openedOn"),
            "SubmitProposal", Set.of("submittedAt"));

    private static final Pattern COORDINATION = Pattern.compile("coordination:(.+)");
    private static final String SPONSOR = "sponsor:";

    private static final Map<String, Class<?>> COMMAND_TYPES = commandTypes();

    private static final Map<Line, Object> READ = new HashMap<>();

    private static JsonMapper json;
    /** Saxony-Anhalt's lines, which most of the story's checks are about. */
    private static List<Line> lines;
    private static final Map<String, List<Line>> LINES = new LinkedHashMap<>();
    private static final Map<String, JsonNode> HEADERS = new LinkedHashMap<>();

    /** One command line of a file, with its line number (the header is line 1). */
    private record Line(String file, int number, JsonNode node) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Line line && line.file.equals(file) && line.number == number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, number);
        }

        String text(String field) {
            var value = node.get(field);
            return value == null || !value.isString() ? null : value.asString();
        }

        @Override
        public String toString() {
            return file + " line " + number + " (" + text("id") + ")";
        }
    }

    @BeforeAll
    static void readFile() throws Exception {
        json = applicationJsonMapper();
        for (var file : FILES) {
            var read = new ArrayList<Line>();
            try (var in = DemoDataFileTest.class.getResourceAsStream(file)) {
                assertThat(in).as(file + " on the classpath").isNotNull();
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                HEADERS.put(file, json.readTree(reader.readLine()));
                int number = 1;
                for (var text = reader.readLine(); text != null; text = reader.readLine()) {
                    read.add(new Line(file, ++number, json.readTree(text)));
                }
            }
            LINES.put(file, read);
        }
        lines = LINES.get(FILE);
    }

    /** The lines of every file, in the order the demo imports them. */
    private static List<Line> all() {
        return LINES.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The mapper as the application configures it: Spring Boot's Jackson auto-configuration with the settings of
     * application.yml and the web layer's strict input rules ({@code StrictJson}, package-private, hence by name).
     */
    private static JsonMapper applicationJsonMapper() throws Exception {
        var settings = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        var mapper = new AtomicReference<JsonMapper>();
        new ApplicationContextRunner()
                .withInitializer(context -> settings.forEach(context.getEnvironment().getPropertySources()::addLast))
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withUserConfiguration(Class.forName("de.regionet.infra.web.StrictJson"))
                .run(context -> mapper.set(context.getBean(JsonMapper.class)));
        return mapper.get();
    }

    @Test
    void every_file_opens_with_the_header_of_format_regionet_import_version_1() {
        HEADERS.forEach((file, header) -> {
            assertThat(header.get("format").asString()).as(file).isEqualTo("regionet-import");
            assertThat(header.get("version").asInt()).as(file).isEqualTo(1);
            assertThat(header.get("title").asString()).as(file).isNotBlank();
            assertThat(header.get("description").asString()).as(file).contains("fiktiv", "docs/demo.md");
        });
        assertThat(lines).hasSizeGreaterThan(200);
        assertThat(LINES.get(NRW_FILE)).hasSizeGreaterThan(20);
        assertThat(LINES.get(HESSE_FILE)).hasSizeGreaterThan(10);
    }

    @Test
    void every_line_has_an_id_of_its_own_across_the_files_an_office_and_an_effective_day_that_has_passed() {
        var ids = new HashSet<String>();
        var wrong = new ArrayList<String>();
        for (var line : all()) {
            // one ledger holds the lines of every import: an id of one file reused in another would conflict
            if (line.text("id") == null || line.text("id").isBlank() || !ids.add(line.text("id"))) {
                wrong.add(line + ": the id is missing or given twice");
            }
            var office = line.text("office");
            if (office == null || role(office) == null) {
                wrong.add(line + ": office " + office + " is none of network-office, granting-authority, "
                        + "coordination:<region key>, sponsor:<organisation>");
            }
            var effectiveOn = line.text("effectiveOn");
            if (effectiveOn == null || LocalDate.parse(effectiveOn).isAfter(LocalDate.now())) {
                wrong.add(line + ": effectiveOn " + effectiveOn + " is not a day that has passed");
            }
            if (!line.node.has("command") || !line.node.get("body").isObject()) {
                wrong.add(line + ": a command line names its command and has a body object");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_body_reads_as_the_kernel_command_it_names() {
        var wrong = new ArrayList<String>();
        for (var line : all()) {
            try {
                command(line);
            } catch (JacksonException | IllegalArgumentException e) {
                wrong.add(line + ": " + e.getMessage());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_command_comes_from_an_office_that_may_send_it_for_its_region_or_its_organisation() {
        var scope = new Scope();
        var wrong = new ArrayList<String>();
        for (var line : all()) {
            var command = command(line);
            var office = line.text("office");
            var allowed = Arrays.asList(command.getClass().getAnnotation(SentBy.class).value());
            if (!allowed.contains(role(office))) {
                wrong.add(line + ": " + office + " may not send " + line.text("command") + " (sent by " + allowed + ")");
            }
            var region = scope.regionOf(command);
            var coordination = COORDINATION.matcher(office);
            if (coordination.matches() && (region == null || !region.value().equals(coordination.group(1)))) {
                wrong.add(line + ": " + office + " acts for its region only; this command concerns " + region);
            }
            if (office.startsWith(SPONSOR) && !office.substring(SPONSOR.length()).equals(scope.sponsorOf(command))) {
                wrong.add(line + ": " + office + " acts for its own organisation only, not for "
                        + scope.sponsorOf(command));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_network_registers_the_fourteen_districts_and_independent_cities_of_saxony_anhalt() {
        var regions = commands(RegisterRegion.class).stream()
                .collect(Collectors.toMap(region -> region.key().value(), region -> region.kind().name(),
                        (a, b) -> a, TreeMap::new));

        assertThat(regions).hasSize(14).containsEntry("15001", "INDEPENDENT_CITY")
                .containsEntry("15002", "INDEPENDENT_CITY").containsEntry("15003", "INDEPENDENT_CITY");
        assertThat(regions.keySet()).containsExactly("15001", "15002", "15003", "15081", "15082", "15083", "15084",
                "15085", "15086", "15087", "15088", "15089", "15090", "15091");
        assertThat(regions.values().stream().filter("DISTRICT"::equals)).hasSize(11);
    }

    @Test
    void every_region_accedes_to_the_state_wide_agreement_on_a_day_of_its_own_in_2022() {
        var accessions = commands(AccedeToAgreement.class);

        assertThat(accessions).hasSize(14);
        assertThat(accessions.stream().map(accession -> accession.party().regionKey()).distinct()).hasSize(14);
        assertThat(accessions.stream().map(AccedeToAgreement::accededOn).distinct()).hasSize(14)
                .allMatch(day -> day.getYear() == 2022);
        assertThat(commands(SignAgreement.class)).hasSize(4)
                .allMatch(signature -> signature.signedOn().equals(LocalDate.of(2021, 12, 9)));
    }

    @Test
    void the_programme_gains_funding_areas_l_and_m_from_2025() {
        var amendment = commands(AmendProgramme.class);

        assertThat(amendment).singleElement().satisfies(amended -> {
            assertThat(amended.effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(amended.addAreas()).extracting(area -> area.code().value()).containsExactly("L", "M");
        });
    }

    @Test
    void at_least_three_regions_select_by_a_resolution_with_votes_and_a_recusal() {
        var resolutions = commands(RecordResolution.class).stream()
                .collect(Collectors.toMap(RecordResolution::resolutionId, resolution -> resolution));
        var decided = commands(SelectProposals.class).stream().map(SelectProposals::resolutionId)
                .map(resolutions::get).filter(Objects::nonNull)
                .filter(resolution -> !resolution.votes().isEmpty() && resolution.recusals().size() == 1)
                .map(RecordResolution::workingGroupId).distinct().toList();

        assertThat(decided).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void every_result_is_recorded_for_a_project_a_selection_in_the_file_launches() {
        var scope = new Scope();
        all().forEach(line -> scope.regionOf(command(line)));
        var unknown = all().stream().filter(line -> command(line) instanceof ProjectCommand)
                .map(line -> (ProjectCommand) command(line))
                .filter(result -> !scope.projects.containsKey(result.projectId())).toList();

        assertThat(unknown).isEmpty();
        assertThat(lines.stream().filter(line -> "RecordResult".equals(line.text("command")))).hasSizeGreaterThan(3);
        assertThat(LINES.get(NRW_FILE).stream().filter(line -> "RecordResult".equals(line.text("command"))))
                .isNotEmpty();
    }

    @Test
    void north_rhine_westphalias_labour_market_region_spans_dortmund_hamm_and_the_district_of_unna() {
        var regions = commands(NRW_FILE, RegisterRegion.class);

        assertThat(regions).singleElement().satisfies(region -> {
            assertThat(region.key().value()).isEqualTo("05-westfaelisches-ruhrgebiet");
            assertThat(region.kind().name()).isEqualTo("LABOUR_MARKET_REGION");
            assertThat(region.network().value()).isEqualTo("nordrhein-westfalen");
            assertThat(region.members()).extracting(RegionKey::value).containsExactly("05913", "05915", "05978");
        });
        assertThat(commands(NRW_FILE, EstablishWorkingGroup.class)).singleElement()
                .extracting(EstablishWorkingGroup::kind).isEqualTo(WorkingGroupKind.ADVISORY);
        assertThat(commands(NRW_FILE, AdoptPlanningDocument.class)).extracting(AdoptPlanningDocument::kind)
                .containsExactly(PlanningDocumentKind.ACTION_PLAN, PlanningDocumentKind.IMPLEMENTATION_CONCEPT);
        assertThat(commands(NRW_FILE, AdoptPlanningDocument.class).get(1).content()).satisfies(concept -> {
            assertThat(concept.validFrom()).isEqualTo(LocalDate.of(2016, 7, 4));
            assertThat(concept.validTo()).isEqualTo(LocalDate.of(2020, 12, 31));
        });
    }

    @Test
    void north_rhine_westphalias_state_wide_call_is_advised_by_the_region_and_funded_by_the_state_from_esf_and_efre() {
        var stateWide = commands(NRW_FILE, OpenCall.class).stream().filter(call -> call.reach() == Reach.STATE_WIDE)
                .toList();
        assertThat(stateWide).singleElement().satisfies(call -> {
            assertThat(call.procedure()).isEqualTo(DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION);
            assertThat(call.title()).contains("Fachkräfte.NRW", "fiktiv");
        });
        var call = stateWide.get(0).callId();
        assertThat(commands(NRW_FILE, AdviseOnProposals.class)).anyMatch(advice -> advice.callId().equals(call));
        var decision = commands(NRW_FILE, DecideFunding.class).stream()
                .filter(decided -> decided.callId().equals(call)).findFirst().orElseThrow();
        assertThat(decision.granted()).anySatisfy(grant -> assertThat(grant.funds()).extracting(FundAmount::fund)
                .containsExactly(Fund.ESF, Fund.EFRE));
        assertThat(decision.refused()).isNotEmpty();
        var launched = commands(NRW_FILE, DecideFunding.class).stream().flatMap(decided -> decided.granted().stream())
                .map(FundingGrant::proposalId).map(ProjectId::forProposal).collect(Collectors.toSet());
        assertThat(commands(NRW_FILE, ProjectCommand.class)).isNotEmpty()
                .allMatch(result -> launched.contains(result.projectId()));
    }

    @Test
    void hesse_signs_its_state_wide_agreement_with_three_parties_in_january_2016_and_local_bodies_carry_it_out() {
        var draft = commands(HESSE_FILE, DraftAgreement.class);
        assertThat(draft).singleElement().satisfies(agreement -> {
            assertThat(agreement.network().value()).isEqualTo("hessen");
            assertThat(agreement.parties()).extracting(party -> party.name()).containsExactly(
                    "Regionaldirektion Hessen der Bundesagentur für Arbeit", "Hessischer Landkreistag",
                    "Hessischer Städtetag");
        });
        assertThat(commands(HESSE_FILE, SignAgreement.class)).hasSize(3)
                .allMatch(signature -> signature.signedOn().equals(LocalDate.of(2016, 1, 26)));
        var bodies = commands(HESSE_FILE, EstablishCooperationBody.class);
        assertThat(bodies).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(body -> body.regionKey().value().startsWith("06"))
                .allMatch(body -> body.agreementId().equals(draft.get(0).agreementId()));
        assertThat(bodies).extracting(body -> body.kind().name()).contains("ARBEITSMARKTBUERO",
                "JUGENDBERUFSAGENTUR");
        assertThat(commands(HESSE_FILE, RegisterRegion.class)).extracting(region -> region.key().value())
                .containsAll(bodies.stream().map(body -> body.regionKey().value()).toList());
    }

    private static <T> List<T> commands(Class<T> type) {
        return commands(FILE, type);
    }

    private static <T> List<T> commands(String file, Class<T> type) {
        return LINES.get(file).stream().map(DemoDataFileTest::command).filter(type::isInstance).map(type::cast)
                .toList();
    }

    /** The kernel command a line names, read from its body by the application's mapper (once per line). */
    private static Object command(Line line) {
        return READ.computeIfAbsent(line, key -> read(line));
    }

    private static Object read(Line line) {
        var type = COMMAND_TYPES.get(line.text("command"));
        if (type == null) {
            throw new IllegalArgumentException("no kernel command " + line.text("command"));
        }
        var body = ((ObjectNode) line.node.get("body")).deepCopy();
        var components = Arrays.stream(type.getRecordComponents()).map(component -> component.getName()).toList();
        ANNOUNCED_FIELDS.getOrDefault(type.getSimpleName(), Set.of()).stream()
                .filter(field -> !components.contains(field)).forEach(body::remove);
        return json.treeToValue(body, type);
    }

    private static Map<String, Class<?>> commandTypes() {
        var types = new HashMap<String, Class<?>>();
        COMMAND_FAMILIES.forEach(family -> collect(family, types));
        return types;
    }

    private static void collect(Class<?> type, Map<String, Class<?>> types) {
        if (type.isRecord()) {
            types.put(type.getSimpleName(), type);
        } else if (type.isSealed()) {
            Arrays.stream(type.getPermittedSubclasses()).forEach(member -> collect(member, types));
        }
    }

    private static Role role(String office) {
        if (office.equals("network-office")) {
            return Role.NETWORK_OFFICE;
        }
        if (office.equals("granting-authority")) {
            return Role.GRANTING_AUTHORITY;
        }
        if (COORDINATION.matcher(office).matches()) {
            return Role.REGIONAL_COORDINATOR;
        }
        return office.startsWith(SPONSOR) && office.length() > SPONSOR.length() ? Role.PROJECT_SPONSOR : null;
    }

    /**
     * Which region each working group, call, proposal, project, target agreement, planning document and cooperation
     * body of the files belongs to, line by line. A state-wide call is in no region; its proposals, and the advice
     * and projects about them, are in the region each proposal names.
     */
    private static final class Scope {

        private final Map<WorkingGroupId, RegionKey> workingGroups = new HashMap<>();
        private final Map<CallId, RegionKey> calls = new HashMap<>();
        private final Map<ProjectId, SubmitProposal> projects = new HashMap<>();
        private final Map<ProposalId, RegionKey> proposals = new HashMap<>();
        private final Map<TargetAgreementId, RegionKey> targetAgreements = new HashMap<>();
        private final Map<PlanningDocumentId, RegionKey> documents = new HashMap<>();
        private final Map<CooperationBodyId, RegionKey> bodies = new HashMap<>();

        RegionKey regionOf(Object command) {
            if (command instanceof EstablishWorkingGroup establish) {
                workingGroups.put(establish.workingGroupId(), establish.key());
            } else if (command instanceof DraftTargetAgreement draft) {
                targetAgreements.put(draft.agreementId(), draft.key());
            } else if (command instanceof OpenCall open) {
                calls.put(open.callId(), open.regionKey());
            } else if (command instanceof SubmitProposal proposal) {
                projects.put(ProjectId.forProposal(proposal.proposalId()), proposal);
                proposals.put(proposal.proposalId(), proposalRegion(proposal));
            } else if (command instanceof AdoptPlanningDocument adopt) {
                documents.put(adopt.documentId(), adopt.regionKey());
            } else if (command instanceof EstablishCooperationBody establish) {
                bodies.put(establish.cooperationBodyId(), establish.regionKey());
            }
            if (command instanceof RegionCommand region) {
                return region.key();
            } else if (command instanceof WorkingGroupCommand group) {
                return workingGroups.get(group.workingGroupId());
            } else if (command instanceof SubmitProposal proposal) {
                return proposalRegion(proposal);
            } else if (command instanceof AdviseOnProposals advice) {
                return advice.advice().stream().map(advised -> proposals.get(advised.proposalId()))
                        .filter(Objects::nonNull).findFirst().orElse(null);
            } else if (command instanceof CallCommand call) {
                return calls.get(call.callId());
            } else if (command instanceof TargetAgreementCommand agreement) {
                return targetAgreements.get(agreement.agreementId());
            } else if (command instanceof ProjectCommand project && projects.containsKey(project.projectId())) {
                return proposalRegion(projects.get(project.projectId()));
            } else if (command instanceof PlanningCommand planning) {
                return documents.get(planning.documentId());
            } else if (command instanceof CooperationBodyCommand body) {
                return bodies.get(body.cooperationBodyId());
            }
            return null;
        }

        private RegionKey proposalRegion(SubmitProposal proposal) {
            return proposal.regionKey() != null ? proposal.regionKey() : calls.get(proposal.callId());
        }

        String sponsorOf(Object command) {
            if (command instanceof SubmitProposal submitted) {
                return submitted.sponsor();
            }
            var proposal = command instanceof ProjectCommand project ? projects.get(project.projectId()) : null;
            return proposal == null ? null : proposal.sponsor();
        }
    }
}
