package de.regionet.infra;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import de.regionet.command.edge.IfMatch;
import de.regionet.kernel.NetworkTime;
import org.springframework.web.bind.annotation.RequestHeader;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The command edge's rules (ADR 0015): the network's day and zone in one place, If-Match read in one place. */
@AnalyzeClasses(packages = "de.regionet", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandEdgeArchitectureTest {

    @ArchTest
    static final ArchRule the_networks_day_comes_from_network_time_and_the_clock = noClasses()
            .that().doNotBelongToAnyOf(NetworkTime.class)
            .should().callMethodWhere(target(name("now")).and(target(owner(type(LocalDate.class)
                    .or(type(YearMonth.class)).or(type(LocalDateTime.class)).or(type(ZonedDateTime.class))
                    .or(type(OffsetDateTime.class))))))
            .orShould().callMethodWhere(target(name("of")).and(target(owner(type(ZoneId.class)))))
            .because("\"today\" is NetworkTime.today(clock): Berlin's day by the application's Clock");

    @ArchTest
    static final ArchRule command_endpoints_take_if_match_as_a_parameter = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("de.regionet.command..")
            .should(notReadIfMatchByHand());

    private static ArchCondition<JavaMethod> notReadIfMatchByHand() {
        return new ArchCondition<>("take If-Match as " + IfMatch.class.getSimpleName()) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (var parameter : method.getParameters()) {
                    parameter.tryGetAnnotationOfType(RequestHeader.class)
                            .filter(header -> "If-Match".equalsIgnoreCase(header.name())
                                    || "If-Match".equalsIgnoreCase(header.value()))
                            .ifPresent(header -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " reads If-Match by hand; take an IfMatch parameter")));
                }
            }
        };
    }
}
