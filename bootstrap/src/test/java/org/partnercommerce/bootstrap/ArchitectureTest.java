package org.partnercommerce.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.decorator.Decorator;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.Outcomes;

/** The boundaries of ARCHITECTURE.md and STYLE.md, checked on the compiled code of every module. */
class ArchitectureTest {

    private static final String ROOT = "org.partnercommerce";
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String APPLICATION = ROOT + ".application..";
    private static final String PORT_IN = ROOT + ".application.port.in..";
    private static final String PORT_OUT = ROOT + ".application.port.out..";
    private static final String SERVICE = ROOT + ".application.service..";
    private static final String REST_IN = ROOT + ".adapter.in.rest..";
    private static final String PARTNER_CENTER_OUT = ROOT + ".adapter.out.partnercenter..";
    private static final String PERSISTENCE = ROOT + ".adapter.out.persistence..";
    private static final String EMULATOR = ROOT + ".emulator..";
    private static final String BOOTSTRAP = ROOT + ".bootstrap..";

    /** The test-support modules ({@code testing}, {@code examples}) are on this test's class path, but are not the service. */
    private static final ImportOption NOT_TEST_SUPPORT = location ->
            !location.contains("/org/partnercommerce/testing/") && !location.contains("/org/partnercommerce/examples/");

    private static JavaClasses code;

    @BeforeAll
    static void importTheCode() {
        code = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(NOT_TEST_SUPPORT).importPackages(ROOT);
    }

    /** Every layer must have classes (no optional layers): a rule over an empty package proves nothing. */
    @Test
    void theLayersDependInwardsOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy(DOMAIN)
                .layer("application").definedBy(APPLICATION)
                .layer("rest-in").definedBy(REST_IN)
                .layer("partner-center-out").definedBy(PARTNER_CENTER_OUT)
                .layer("persistence").definedBy(PERSISTENCE)
                .layer("bootstrap").definedBy(BOOTSTRAP)
                .whereLayer("bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("rest-in").mayOnlyBeAccessedByLayers("bootstrap")
                .whereLayer("partner-center-out").mayOnlyBeAccessedByLayers("bootstrap")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("bootstrap")
                .whereLayer("application").mayOnlyBeAccessedByLayers("rest-in", "partner-center-out", "persistence", "bootstrap")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("application", "rest-in", "partner-center-out", "persistence", "bootstrap")
                .check(code);
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", DOMAIN)
                .check(code);
    }

    @Test
    void theApplicationKnowsNoFramework() {
        noClasses().that().resideInAPackage(APPLICATION)
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", DOMAIN, APPLICATION)
                .check(code);
    }

    /** Time, new ids and waiting come into the core from outside, so that tests decide them and every adapter shares one clock. */
    @Test
    void timeIdsAndPausesComeIntoTheCoreFromOutside() {
        ArchRule rule = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(InstantSource.class, "system")
                .orShould().callMethod(UUID.class, "randomUUID")
                .orShould().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", Duration.class)
                .orShould().callMethod(Thread.class, "sleep", long.class, int.class);
        rule.check(code);
    }

    /** One clock for the whole service: only the bootstrap asks the system for the time. */
    @Test
    void onlyTheBootstrapAsksTheSystemForTheTime() {
        noClasses().that().resideOutsideOfPackages(BOOTSTRAP, EMULATOR)
                .should().callMethod(InstantSource.class, "system")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .check(code);
    }

    @Test
    void drivingPortsAreUseCasesImplementedByServices() {
        // Sealed interfaces are result types.
        classes().that().resideInAPackage(PORT_IN).and().areInterfaces().and(are(not(sealed())))
                .should().haveSimpleNameEndingWith("UseCase")
                .check(code);
        classes().that().implement(resideInAPackage(PORT_IN).and(simpleNameEndingWith("UseCase")))
                .should().resideInAPackage(SERVICE).andShould().haveSimpleNameEndingWith("Service")
                .check(code);
        classes().that().resideInAPackage(SERVICE).and().haveSimpleNameEndingWith("Service")
                .should().implement(resideInAPackage(PORT_IN))
                .check(code);
    }

    @Test
    void useCasesAreNotBuiltOnDrivenPorts() {
        assertThat(code.that(resideInAPackage(PORT_IN))).as("classes in %s", PORT_IN).isNotEmpty();
        assertThat(code.that(resideInAPackage(PORT_OUT))).as("classes in %s", PORT_OUT).isNotEmpty();
        noClasses().that().resideInAPackage(PORT_IN)
                .should().dependOnClassesThat().resideInAPackage(PORT_OUT)
                .because("what a use case takes and answers is the domain's or its own, whatever the core needs from outside")
                .check(code);
    }

    /** Sealed interfaces in a port are result types (an outcome to branch on), not use cases. */
    private static DescribedPredicate<JavaClass> sealed() {
        return DescribedPredicate.describe("sealed", javaClass -> javaClass.reflect().isSealed());
    }

    @Test
    void drivenPortsAreImplementedByAdaptersOnly() {
        classes().that().implement(resideInAPackage(PORT_OUT)).and().doNotImplement(Outcomes.class)
                .and().areNotAnnotatedWith(Decorator.class)
                .should().resideInAnyPackage(PARTNER_CENTER_OUT, PERSISTENCE)
                .check(code);
        classes().that().implement(resideInAPackage(PORT_OUT)).and().areAnnotatedWith(Decorator.class)
                .should().resideInAPackage(BOOTSTRAP).andShould().haveModifier(JavaModifier.ABSTRACT)
                .because("a port is adapted by an adapter; the wiring may only wrap one (as the purchase audit's metrics do), "
                        + "never stand in for it")
                .check(code);
        classes().that().implement(Outcomes.class)
                .should().resideInAPackage(REST_IN)
                .because("what a use case did is told so that the answer a repeat of the request gets, which only the inbound "
                        + "API can write, is kept with it")
                .check(code);
    }

    @Test
    void servicesAreBuiltByTheBootstrapAndNotReachedByAdapters() {
        noClasses().that().resideInAnyPackage(REST_IN, PARTNER_CENTER_OUT, PERSISTENCE)
                .should().dependOnClassesThat().resideInAPackage(SERVICE)
                .check(code);
    }

    @Test
    void theInboundApiNeverCallsADrivenPortItself() {
        noClasses().that().resideInAPackage(REST_IN)
                .should().dependOnClassesThat(resideInAPackage(PORT_OUT).and(INTERFACES).and(not(equivalentTo(Outcomes.class))))
                .because("a request reaches Partner Center and the database only through a use case")
                .check(code);
    }

    @Test
    void onlyTheInboundApiAndThePartnerCenterClientSpeakHttp() {
        noClasses().that().resideOutsideOfPackages(REST_IN, PARTNER_CENTER_OUT, BOOTSTRAP)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(code);
    }

    @Test
    void theEmulatorIsAnIndependentReadingOfPartnerCenter() {
        noClasses().that().resideInAPackage(EMULATOR)
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, APPLICATION, ROOT + ".adapter..", BOOTSTRAP)
                .check(code);
        noClasses().that().resideOutsideOfPackages(EMULATOR, BOOTSTRAP)
                .should().dependOnClassesThat().resideInAPackage(EMULATOR)
                .check(code);
    }

    @Test
    void nothingDependsOnTheBootstrap() {
        noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
                .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
                .check(code);
    }

    @Test
    void namesSayWhatAClassIs() {
        classes().that().areAnnotatedWith(Path.class).and().resideInAPackage(REST_IN)
                .should().haveSimpleNameEndingWith("Resource")
                .check(code);
        classes().that().areAnnotatedWith(Entity.class)
                .should().resideInAPackage(PERSISTENCE).andShould().haveSimpleNameEndingWith("Entity")
                .check(code);
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .check(code);
    }
}
