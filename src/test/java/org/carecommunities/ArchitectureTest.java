package org.carecommunities;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of STYLE.md, checked on the compiled classes: which module may use which, no cycles, a
 * module's sub-packages private to it, and names that say what things are.
 */
class ArchitectureTest {

    private static final String BASE = "org.carecommunities";
    private static final List<String> MODULES = List.of("platform", "identity", "neighbourhood", "forum", "assetmap",
            "partnership");

    static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void modulesUseOnlyTheModulesTheyAreAllowedTo() {
        Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("platform").definedBy(BASE + ".platform..")
                .layer("identity").definedBy(BASE + ".identity..")
                .layer("neighbourhood").definedBy(BASE + ".neighbourhood..")
                .layer("forum").definedBy(BASE + ".forum..")
                .layer("assetmap").definedBy(BASE + ".assetmap..")
                .layer("partnership").definedBy(BASE + ".partnership..")
                .whereLayer("platform").mayNotAccessAnyLayer()
                .whereLayer("identity").mayOnlyAccessLayers("platform")
                .whereLayer("neighbourhood").mayOnlyAccessLayers("platform", "identity")
                .whereLayer("forum").mayOnlyAccessLayers("platform", "identity", "neighbourhood")
                .whereLayer("assetmap").mayOnlyAccessLayers("platform", "identity", "neighbourhood")
                .whereLayer("partnership").mayOnlyAccessLayers("platform", "identity", "neighbourhood", "forum",
                        "assetmap")
                .check(portal);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(portal);
    }

    @Test
    void onlyAModulesRootPackageIsVisibleToOtherModules() {
        for (String module : MODULES) {
            noClasses().that().resideOutsideOfPackage(BASE + "." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage(BASE + "." + module + ".*..")
                    .because(module + "'s sub-packages are private to it; use its root package (its API)")
                    .allowEmptyShould(true)
                    .check(portal);
        }
    }

    @Test
    void entitiesLiveInDomainPackagesAndResourcesInWebPackages() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..domain..").check(portal);
        classes().that().areAnnotatedWith(Path.class).should().resideInAPackage("..web..").check(portal);
    }

    @Test
    void namesSayWhatThingsAre() {
        noClasses().should().haveSimpleNameEndingWith("Service").orShould().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .check(portal);
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..").check(portal);
    }
}
