package de.regionet.infra;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module rules of the design, in code. */
@AnalyzeClasses(packages = "de.regionet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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

    @ArchTest
    static final ArchRule command_features_are_free_of_cycles = slices()
            .matching("de.regionet.command.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule query_features_are_free_of_cycles = slices()
            .matching("de.regionet.query.(*)..").should().beFreeOfCycles();

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
