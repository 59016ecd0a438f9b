package de.regionet.infra;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.SentBy;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module rules of the design, in code (docs/architecture.md, ADR 0014). */
@AnalyzeClasses(packages = "de.regionet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] EVENT_STORE = {"de.regionet.infra.eventstore..", "de.regionet.infra.mongo..",
            "de.regionet.infra.deadline.."};
    private static final String[] AUDIT = {"de.regionet.infra.audit..", "de.regionet.infra.keys.."};
    private static final String[] APPLICATION = {"de.regionet.infra", "de.regionet.infra.security..",
            "de.regionet.infra.web..", "de.regionet.infra.websocket..", "de.regionet.infra.processing..",
            "de.regionet.infra.trace..", "de.regionet.infra.indicator..", "de.regionet.infra.history..",
            "de.regionet.infra.pages..", "de.regionet.infra.portal..", "de.regionet.infra.commandline..",
            "de.regionet.infra.operations.."};

    @ArchTest
    static final ArchRule command_side_does_not_know_the_query_side = noClasses()
            .that().resideInAPackage("de.regionet.command..")
            .should().dependOnClassesThat().resideInAPackage("de.regionet.query..");

    @ArchTest
    static final ArchRule query_side_does_not_know_the_command_side = noClasses()
            .that().resideInAPackage("de.regionet.query..")
            .should().dependOnClassesThat().resideInAPackage("de.regionet.command..");

    @ArchTest
    static final ArchRule neither_side_knows_the_infrastructure = noClasses()
            .that().resideInAnyPackage("de.regionet.command..", "de.regionet.query..", "de.regionet.kernel..")
            .should().dependOnClassesThat().resideInAPackage("de.regionet.infra..");

    @ArchTest
    static final ArchRule the_shared_kernel_depends_on_nothing_of_ours = noClasses()
            .that().resideInAPackage("de.regionet.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("de.regionet.command..", "de.regionet.query..");

    @ArchTest
    static final ArchRule the_shared_kernel_knows_no_spring = noClasses()
            .that().resideInAPackage("de.regionet.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                    "com.mongodb..", "tools.jackson..");

    @ArchTest
    static final ArchRule every_command_declares_who_may_send_it = classes()
            .that().resideInAPackage("de.regionet.kernel..").and().haveNameMatching(".*Command\\$[A-Za-z]+")
            .should().beAnnotatedWith(SentBy.class);

    @ArchTest
    static final ArchRule every_read_endpoint_declares_who_may_read_it = methods()
            .that().areAnnotatedWith(GetMapping.class)
            .and().areDeclaredInClassesThat().resideInAnyPackage("de.regionet.command..", "de.regionet.query..")
            .should().beAnnotatedWith(ReadableBy.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(ReadableBy.class);

    /** So that a role that may never send them is refused before the body is read (authorisation first). */
    @ArchTest
    static final ArchRule every_changing_endpoint_declares_the_commands_it_sends = methods()
            .that().areAnnotatedWith(PostMapping.class).or().areAnnotatedWith(PutMapping.class)
            .or().areAnnotatedWith(DeleteMapping.class).or().areAnnotatedWith(PatchMapping.class)
            .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(
                    "de.regionet.infra.security.TokenController")
            .should().beAnnotatedWith(Sends.class).andShould(nameOnlyCommandsThatDeclareTheirSenders());

    @ArchTest
    static final ArchRule only_the_audit_api_reads_raw_events = noClasses()
            .that().resideOutsideOfPackages("de.regionet.infra.eventstore..", "de.regionet.infra.audit..",
                    "de.regionet.infra.processing..")
            .should().dependOnClassesThat().areAssignableTo(de.regionet.infra.eventstore.EventLog.class)
            .because("the audit API is the one reader of raw events; projection operations read positions only");

    /** The modules by layer (docs/architecture.md): each may use only what is below it. */
    @ArchTest
    static final ArchRule modules_are_layered = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("kernel").definedBy("de.regionet.kernel..")
            .layer("command side").definedBy("de.regionet.command..")
            .layer("query side").definedBy("de.regionet.query..")
            .layer("event store").definedBy(EVENT_STORE)
            .layer("audit").definedBy(AUDIT)
            .layer("application").definedBy(APPLICATION)
            .whereLayer("application").mayNotBeAccessedByAnyLayer()
            .whereLayer("audit").mayOnlyBeAccessedByLayers("application")
            .whereLayer("event store").mayOnlyBeAccessedByLayers("audit", "application")
            .whereLayer("command side").mayOnlyBeAccessedByLayers("application")
            .whereLayer("query side").mayOnlyBeAccessedByLayers("application");

    @ArchTest
    static final ArchRule the_event_store_knows_neither_side_nor_the_web = noClasses()
            .that().resideInAnyPackage(EVENT_STORE)
            .should().dependOnClassesThat().resideInAnyPackage("de.regionet.command..", "de.regionet.query..",
                    "org.springframework.web..", "jakarta.servlet..")
            .because("the storage engine is used alone, e.g. by the benchmark");

    @ArchTest
    static final ArchRule the_audit_reads_the_event_store_not_the_application = noClasses()
            .that().resideInAnyPackage(AUDIT)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION)
            .orShould().dependOnClassesThat().resideInAnyPackage("de.regionet.command..", "de.regionet.query..");

    /** Pages show read models through the query side's beans, as the HTTP query API does (ADR 0017). */
    @ArchTest
    static final ArchRule pages_read_the_query_side_never_the_event_store = noClasses()
            .that().resideInAnyPackage("de.regionet.infra.pages..", "de.regionet.infra.portal..",
                    "de.regionet.infra.console..")
            .should().dependOnClassesThat().resideInAnyPackage(EVENT_STORE)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.axonframework.eventsourcing..",
                    "org.axonframework.eventhandling..");

    /** Only the auditors' console pages read the audit trail, through the audit module as its API does. */
    @ArchTest
    static final ArchRule only_the_auditors_pages_read_the_audit_trail = noClasses()
            .that().resideInAnyPackage("de.regionet.infra.pages..", "de.regionet.infra.portal..",
                    "de.regionet.infra.console..")
            .and().resideOutsideOfPackage("de.regionet.infra.console.audit..")
            .should().dependOnClassesThat().resideInAnyPackage(AUDIT);

    @ArchTest
    static final ArchRule the_command_side_guards_its_own_bus = noClasses()
            .that().resideInAPackage("de.regionet.infra..")
            .should().dependOnClassesThat().haveFullyQualifiedName("de.regionet.command.access.CommandSenders");

    @ArchTest
    static final ArchRule the_application_knows_no_live_topics_of_features = noClasses()
            .that().resideInAnyPackage(APPLICATION)
            .should().dependOnClassesThat().haveFullyQualifiedName("de.regionet.query.live.LiveFeed")
            .because("each feature declares its live topics and who may read them; the transport only delivers");

    @ArchTest
    static final ArchRule the_network_has_one_time_zone = noClasses()
            .that().doNotHaveFullyQualifiedName("de.regionet.kernel.NetworkTime")
            .should().callMethod(java.time.ZoneId.class, "of", String.class)
            .because("the network works in Berlin's civil time, defined once in NetworkTime.ZONE");

    /** Each feature declares its own live topics; the feed that routes through the declarations names none. */
    @ArchTest
    static final ArchRule the_live_feed_knows_no_feature = noClasses()
            .that().resideInAPackage("de.regionet.query.live..")
            .should().dependOnClassesThat(resideInAPackage("de.regionet.query..")
                    .and(resideOutsideOfPackages("de.regionet.query.live..", "de.regionet.query.readmodel..")));

    /** Who may subscribe is the features' word; the STOMP security and the transport only ask the declarations. */
    @ArchTest
    static final ArchRule the_live_feed_transport_and_its_security_know_no_feature = noClasses()
            .that().resideInAnyPackage("de.regionet.infra.security..", "de.regionet.infra.websocket..")
            .should().dependOnClassesThat(resideInAPackage("de.regionet.query..")
                    .and(resideOutsideOfPackages("de.regionet.query.live..", "de.regionet.query.readmodel..")))
            .orShould().dependOnClassesThat().areAssignableTo(de.regionet.query.live.LiveFeed.class);

    @ArchTest
    static final ArchRule command_features_are_free_of_cycles = slices()
            .matching("de.regionet.command.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule query_features_are_free_of_cycles = slices()
            .matching("de.regionet.query.(*)..").should().beFreeOfCycles();

    /** A feature has one name: its command-side and query-side packages are named as in the shared kernel. */
    @ArchTest
    static void features_have_the_same_name_on_every_side(JavaClasses classes) {
        var kernel = featuresOf(classes, "de.regionet.kernel.");
        var strays = new java.util.TreeSet<String>();
        for (var side : List.of("de.regionet.command.", "de.regionet.query.")) {
            featuresOf(classes, side).stream().filter(feature -> !kernel.contains(feature)
                    && !MECHANICS.contains(feature)).forEach(feature -> strays.add(side + feature));
        }
        assertThat(strays).as("feature packages without a kernel package of the same name").isEmpty();
    }

    /** Packages that are no feature of the domain but what features use (docs/architecture.md). */
    private static final Set<String> MECHANICS = Set.of("edge", "access", "stream", "signing", "live", "readmodel",
            "markdown", "syndication", "network", "result");

    private static Set<String> featuresOf(JavaClasses classes, String prefix) {
        return classes.stream().map(JavaClass::getPackageName).filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length()).split("\\.")[0]).collect(Collectors.toSet());
    }

    /**
     * What only its own package uses is package-private, so a reader sees at once what a package offers. Records are
     * left out: read documents and their parts are decoded by the MongoDB driver's record codec. Tests are not
     * analysed, so the classes that tests of other packages and the benchmark use are named, and so is the one class
     * a framework instantiates by its name.
     */
    @ArchTest
    static final ArchRule internals_are_package_private = classes()
            .that().resideInAnyPackage("de.regionet.command..", "de.regionet.query..", "de.regionet.infra..")
            .and().arePublic().and().areTopLevelClasses().and().areNotRecords()
            .and().doNotHaveFullyQualifiedName("de.regionet.command.access.CommandSenders") // every fixture test
            .and().doNotHaveFullyQualifiedName("de.regionet.infra.eventstore.StoreVerifier") // the benchmark
            .and().doNotHaveFullyQualifiedName("de.regionet.infra.eventstore.StoreMaintenance") // the benchmark
            .and().doNotHaveFullyQualifiedName("de.regionet.infra.web.ProblemReportValve") // Tomcat makes it by name
            .should(beUsedOutsideTheirPackageOrByNobody());

    private static ArchCondition<JavaClass> beUsedOutsideTheirPackageOrByNobody() {
        return new ArchCondition<>("be used outside their package, or be package-private") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var users = type.getDirectDependenciesToSelf().stream()
                        .map(dependency -> outermost(dependency.getOriginClass()))
                        .filter(origin -> !origin.equals(type)).toList();
                if (!users.isEmpty() && users.stream().allMatch(origin ->
                        origin.getPackageName().equals(type.getPackageName()))) {
                    events.add(SimpleConditionEvent.violated(type, type.getName()
                            + " is public but used only inside its package"));
                }
            }
        };
    }

    private static JavaClass outermost(JavaClass type) {
        var outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static ArchCondition<JavaMethod> nameOnlyCommandsThatDeclareTheirSenders() {
        return new ArchCondition<>("name only commands that declare who may send them") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!method.isAnnotatedWith(Sends.class)) {
                    return;
                }
                for (var command : method.reflect().getAnnotation(Sends.class).value()) {
                    if (!command.isAnnotationPresent(SentBy.class)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " sends "
                                + command.getName() + ", which declares no @SentBy"));
                    }
                }
            }
        };
    }
}
