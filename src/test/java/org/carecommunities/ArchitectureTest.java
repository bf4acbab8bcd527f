package org.carecommunities;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private static final SourceRules PORTAL_SOURCES = new SourceRules("org.carecommunities",
            java.nio.file.Path.of("src/main/java"), java.nio.file.Path.of("src/main/jte"));
    private static final SourceRules FIXTURE_SOURCES = new SourceRules("fixture.arch",
            java.nio.file.Path.of("src/test/resources/arch-sources/java"),
            java.nio.file.Path.of("src/test/resources/arch-sources/jte"));

    /**
     * Observers of another module's events that run inside its transaction, each for a reason: the move of a
     * member's home withdraws their support elsewhere in the same transaction (a move and its consequence commit
     * together); the platform fires the demo data's loading at start-up, outside any transaction.
     */
    private static final java.util.Set<String> OBSERVERS_INSIDE_THE_TRANSACTION = java.util.Set.of(
            "ForumProposals.homeChanged", "DemoAgreements.seal", "DemoReferrals.seal");

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
    void aModulesRootPackageIsItsApiAndItsSubDomainsHaveNoCycles() {
        PORTAL.rootPackagesHoldOnlyTheApi().check(portal);
        fails(FIXTURES.rootPackagesHoldOnlyTheApi(), "Lonely");
        PORTAL.subDomainsHaveNoCycles().check(portal);
        fails(FIXTURES.subDomainsHaveNoCycles(), "forum.threads");
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
        fails(FIXTURES.entitiesInDomainAndResourcesInWeb(), "LooseEntity");
        fails(FIXTURES.resourcesInWeb(), "RootResource");
    }

    @Test
    void sourcesAndTemplatesNameOnlyEarlierModulesRootTypes() {
        assertEquals(List.of(), PORTAL_SOURCES.breaches());
        List<String> breaches = FIXTURE_SOURCES.breaches();
        assertEquals(3, breaches.size(), breaches.toString());
        assertTrue(breaches.stream().anyMatch(b -> b.contains("ConstantPage") && b.contains("private to platform")),
                "a constant the compiler copies in still counts: " + breaches);
        assertTrue(breaches.stream().anyMatch(b -> b.contains("peek.jte") && b.contains("private to platform")),
                "a template reaching into another module's sub-package: " + breaches);
        assertTrue(breaches.stream().anyMatch(b -> b.contains("late.jte") && b.contains("a later module")),
                "a template of an earlier module naming a later one: " + breaches);
    }

    @Test
    void everyPackageSaysWhatItIs() {
        assertEquals(List.of(), PORTAL_SOURCES.packagesWithoutInfo());
        assertEquals(List.of("fixture/arch/forum"), FIXTURE_SOURCES.packagesWithoutInfo());
    }

    @Test
    void observersOfAnotherModulesEventsRunAfterCommit() {
        PORTAL.observersOfOtherModulesRunAfterCommit(OBSERVERS_INSIDE_THE_TRANSACTION).check(portal);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> FIXTURES.observersOfOtherModulesRunAfterCommit(java.util.Set.of()).check(fixtures));
        assertTrue(failure.getMessage().contains("EagerObserver.moved observes"), failure.getMessage());
        assertTrue(!failure.getMessage().contains("movedLater") && !failure.getMessage().contains("EagerObserver.own"),
                failure.getMessage());
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
        PORTAL.names().check(portal);
        PORTAL.noGrabBagPackages().check(portal);
        fails(FIXTURES.names(), "ThreadHelper");
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
