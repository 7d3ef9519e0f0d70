package id.jamsos.rentan;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.jamsos.rentan.config.ClockConfig;
import org.camunda.bpm.engine.RuntimeService;

import java.time.Clock;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package structure of docs/DEVELOPING.md ("Layout"), checked on the production classes:
 * <ul>
 *   <li>no cycles between the top-level packages under {@code id.jamsos.rentan};</li>
 *   <li>{@code common} is a leaf: it imports no other package of ours;</li>
 *   <li>the shared packages ({@link #SHARED}) import only each other, never a feature package (budget, pks,
 *       premium, verification, enrollment, claim, report, webapp, demo, config, or any package added later);</li>
 *   <li>only a feature's {@code <Feature>Process} class starts or correlates its process on the engine;</li>
 *   <li>every business date comes from the application {@link Clock} ({@code config.ClockConfig}): no
 *       {@code LocalDate.now()}, {@code Year.now(zone)}, … without a clock, and no {@code Clock.system*()} outside
 *       {@code ClockConfig}.</li>
 * </ul>
 * Where a feature must reach one above it, the lower package owns an interface (e.g. {@code pks.NextYearEvaluation},
 * implemented in budget) or publishes a Spring event (e.g. {@code region.RegionsAdded}, handled in identity).
 */
@AnalyzeClasses(packages = "id.jamsos.rentan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String[] SHARED = {"id.jamsos.rentan.common..", "id.jamsos.rentan.region..",
            "id.jamsos.rentan.identity..", "id.jamsos.rentan.notification..", "id.jamsos.rentan.web..",
            "id.jamsos.rentan.process..", "id.jamsos.rentan.boundary.."};

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("id.jamsos.rentan.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commonIsALeaf = noClasses().that().resideInAPackage("id.jamsos.rentan.common..")
            .should().dependOnClassesThat(ours().and(not(resideInAPackage("id.jamsos.rentan.common.."))))
            .because("common holds exceptions, formats and file helpers every package may use");

    @ArchTest
    static final ArchRule sharedPackagesNeverImportAFeature = noClasses().that().resideInAnyPackage(SHARED)
            .should().dependOnClassesThat(ours().and(not(resideInAnyPackage(SHARED))))
            .because("features build on the shared packages (package by feature, as in spring-petclinic); "
                    + "a feature reached from below is reached through an interface or an event of the lower package");

    @ArchTest
    static final ArchRule onlyProcessClassesStartOrCorrelate = noClasses().that().haveSimpleNameNotEndingWith("Process")
            .should().callMethodWhere(target(owner(assignableTo(RuntimeService.class))).and(target(nameMatching(
                    "startProcessInstanceBy.*|createProcessInstanceBy.*|createMessageCorrelation|correlateMessage.*"
                            + "|signalEventReceived.*"))))
            .because("each feature wraps its RuntimeService calls in one concrete <Feature>Process class "
                    + "(docs/DEVELOPING.md \"Processes\")");

    /** The java.time types whose {@code now(...)} gives a date or time of day ("today", this year, this month, ...). */
    static final String DATE_TYPES = "java\\.time\\.(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime"
            + "|OffsetTime|Year|YearMonth|MonthDay)";

    /**
     * A pinned test day or a replayed scenario must see one "today" everywhere: {@code now()} and {@code now(ZoneId)}
     * read the system date, {@code now(Clock)} the application's. Allowed: {@code ClockConfig}, which makes that
     * clock. {@code Instant.now()} stays allowed for audit timestamps ({@code created_at}, {@code updated_at}, outbox
     * and idempotency bookkeeping): they record when a row was written, not a business date.
     */
    @ArchTest
    static final ArchRule businessDatesComeFromTheApplicationClock = noClasses()
            .that().doNotHaveFullyQualifiedName(ClockConfig.class.getName())
            .should().callMethodWhere(target(owner(nameMatching(DATE_TYPES))).and(target(nameMatching("now")))
                    .and(not(target(rawParameterTypes(Clock.class)))))
            .orShould().callMethodWhere(target(owner(nameMatching("java\\.time\\.Clock")))
                    .and(target(nameMatching("system.*"))))
            .because("\"today\" comes from the injected java.time.Clock (config.ClockConfig), so a pinned or replayed "
                    + "day gives every service the same answer: use LocalDate.now(clock.withZone(Formats.WIB))");

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> ours() {
        return resideInAPackage("id.jamsos.rentan..").as("reside in id.jamsos.rentan");
    }
}
