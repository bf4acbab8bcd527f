package org.carecommunities;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module rules of DESIGN.md §8 and STYLE.md, checked on the compiled classes and templates: the portal keeps
 * each rule, and a fixture in {@code fixture.arch} that breaks it makes it fail.
 */
class ArchitectureTest {

    private static final ArchitectureRules PORTAL = new ArchitectureRules("org.carecommunities",
            "gg.jte.generated");
    private static final ArchitectureRules FIXTURES = new ArchitectureRules("fixture.arch", "fixture.arch.templates");

    static JavaClasses portal;
    static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.carecommunities", "gg.jte.generated");
        fixtures = new ClassFileImporter().importPackages("fixture.arch");
    }

    @Test
    void modulesUseOnlyTheModulesBeforeThem() {
        PORTAL.moduleOrder().check(portal);
        fails(FIXTURES.moduleOrder(), "AssetFacade");
    }

    @Test
    void modulesHaveNoCycles() {
        PORTAL.noCycles().check(portal);
        fails(FIXTURES.noCycles(), "assetmap");
    }

    @Test
    void everyClassBelongsToADeclaredModule() {
        PORTAL.everyClassInADeclaredModule().check(portal);
        fails(FIXTURES.everyClassInADeclaredModule(), "Orphan");
    }

    @Test
    void onlyAModulesRootPackageIsVisibleToOtherModules() {
        PORTAL.subPackagesPrivate().forEach(rule -> rule.check(portal));
        assertTrue(FIXTURES.subPackagesPrivate().stream().anyMatch(rule -> failed(rule, "PeekingFacade")));
    }

    @Test
    void thereIsOneWayToRefuse() {
        PORTAL.noRefusalExceptionsOfTheirOwn().check(portal);
        PORTAL.noJaxRsRefusals().check(portal);
        fails(FIXTURES.noRefusalExceptionsOfTheirOwn(), "ForumRefused");
        fails(FIXTURES.noJaxRsRefusals(), "ForbiddingResource");
        PORTAL.refusalsRollBackAtEveryFacade().check(portal);
        fails(FIXTURES.refusalsRollBackAtEveryFacade(), "ForgetfulFacade");
    }

    @Test
    void onlyFacadesAndDomainTouchTheEntityManager() {
        PORTAL.entityManagerOnlyInFacadesAndDomain().check(portal);
        fails(FIXTURES.entityManagerOnlyInFacadesAndDomain(), "QueryingResource");
    }

    @Test
    void transactionsStartOnlyAtFacades() {
        PORTAL.transactionalOnlyOnFacades().check(portal);
        PORTAL.noTransactionalMethodsOffFacades().check(portal);
        fails(FIXTURES.transactionalOnlyOnFacades(), "TransactionalResource");
        fails(FIXTURES.noTransactionalMethodsOffFacades(), "TransactionalMethodResource");
    }

    @Test
    void compiledTemplatesNeverDependOnADomainPackage() {
        assertTrue(portal.stream().anyMatch(c -> c.getPackageName().startsWith("gg.jte.generated")),
                "the compiled templates are checked too");
        PORTAL.templatesNeverUseDomain().check(portal);
        fails(FIXTURES.templatesNeverUseDomain(), "JtereplyGenerated");
    }

    @Test
    void entitiesLiveInDomainPackagesAndResourcesInWebPackages() {
        PORTAL.entitiesInDomainAndResourcesInWeb().check(portal);
        PORTAL.resourcesInWeb().check(portal);
    }

    @Test
    void onlyThePlatformsClockReadsTheSystemClock() {
        PORTAL.onlyThePlatformClockReadsTheSystemClock().check(portal);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> FIXTURES.onlyThePlatformClockReadsTheSystemClock().check(fixtures));
        for (String offender : new String[] {"LocalDate.now()", "Instant.now()", "Clock.systemUTC()",
                "System.currentTimeMillis()", "Date.<init>()"}) {
            assertTrue(failure.getMessage().contains(offender), offender + " in " + failure.getMessage());
        }
        assertTrue(!failure.getMessage().contains("onTime"), "now(clock) is allowed: " + failure.getMessage());
        assertTrue(!failure.getMessage().contains("Clocks.clock()"),
                "the platform's clock itself may read it: " + failure.getMessage());
    }

    @Test
    void namesSayWhatThingsAre() {
        noClasses().that().resideInAPackage("org.carecommunities..")
                .and().doNotHaveFullyQualifiedName(org.carecommunities.platform.View.class.getName())
                .should().haveSimpleNameEndingWith("Service").orShould().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("View").because("records end in Page, Row, Card, Details "
                        + "or Form; *View clashes with platform.View")
                .check(portal);
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..").check(portal);
    }

    private static void fails(ArchRule rule, String offender) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(fixtures),
                rule.getDescription() + " should fail on the fixtures");
        assertTrue(failure.getMessage().contains(offender), failure.getMessage());
    }

    private static boolean failed(ArchRule rule, String offender) {
        try {
            rule.check(fixtures);
            return false;
        } catch (AssertionError failure) {
            return failure.getMessage().contains(offender);
        }
    }
}
