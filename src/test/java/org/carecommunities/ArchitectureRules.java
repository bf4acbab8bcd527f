package org.carecommunities;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of DESIGN.md §8 and STYLE.md as ArchUnit rules over a base package, so that the same rules
 * check the portal and, in {@code ArchitectureTest}, fixtures that break each one (a rule that cannot fail
 * guards nothing).
 *
 * @param base      the portal's base package
 * @param templates the package of the compiled JTE templates
 */
public record ArchitectureRules(String base, String templates) {

    /** The modules, in their order: each may use those before it, never those after. */
    public static final List<String> MODULES = List.of("platform", "identity", "neighbourhood", "assetmap", "forum",
            "partnership", "referral");

    ArchRule moduleOrder() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String module : MODULES) {
            layers = layers.layer(module).definedBy(base + "." + module + "..");
        }
        for (int i = 0; i < MODULES.size(); i++) {
            List<String> before = MODULES.subList(0, i);
            layers = before.isEmpty() ? layers.whereLayer(MODULES.get(i)).mayNotAccessAnyLayer()
                    : layers.whereLayer(MODULES.get(i)).mayOnlyAccessLayers(before.toArray(String[]::new));
        }
        return layers.because("a module uses only the modules before it (DESIGN.md §8)");
    }

    ArchRule noCycles() {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** Every class is in a declared module: a new top-level package fails here until it is declared. */
    ArchRule everyClassInADeclaredModule() {
        return classes().that().resideInAPackage(base + "..").should(new ArchCondition<>("belong to a declared module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String rest = item.getPackageName().equals(base) ? "" : item.getPackageName().substring(base.length() + 1);
                String module = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
                if (!MODULES.contains(module) && !item.getPackageName().equals(base)) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is in " + module
                            + ", which is not a declared module " + MODULES));
                }
            }
        }).allowEmptyShould(true);
    }

    /** A module's sub-packages (web, domain) are private to it; others use its root package. */
    List<ArchRule> subPackagesPrivate() {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : MODULES) {
            // templates render their own module's web records: the template rule below is theirs
            rules.add(noClasses().that().resideInAPackage(base + "..")
                    .and().resideOutsideOfPackage(base + "." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage(base + "." + module + ".*..")
                    .because(module + "'s sub-packages are private to it; use its root package (its API)")
                    .allowEmptyShould(true));
        }
        return rules;
    }

    /** Only facades (a module's root package) and its domain package touch the database. */
    /**
     * One way to refuse: the platform's {@code Refusal} (thrown, where a value cannot be returned, as its
     * {@code Refused}). No module defines an exception of its own (the identity's redirects to sign in or make a
     * profile aside: they are not refusals), nor throws JAX-RS's own 403 and 404.
     */
    ArchRule noRefusalExceptionsOfTheirOwn() {
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(base + ".platform..")
                .and().haveSimpleNameNotEndingWith("RequiredException")
                .should().beAssignableTo(RuntimeException.class)
                .because("a module refuses with platform.Refusal, never an exception of its own")
                .allowEmptyShould(true);
    }

    /** Every facade that opens transactions rolls back the calls that come to a refusal. */
    ArchRule refusalsRollBackAtEveryFacade() {
        return classes().that().resideInAPackage(base + "..").and().areAnnotatedWith(Transactional.class)
                .should().beAnnotatedWith(org.carecommunities.platform.RefusalsRollBack.class)
                .because("a facade call that comes to a refusal leaves nothing half-saved").allowEmptyShould(true);
    }

    ArchRule noJaxRsRefusals() {
        return noClasses().that().resideInAPackage(base + "..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.ws.rs.ForbiddenException")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.ws.rs.NotFoundException")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.ws.rs.BadRequestException")
                .because("403, 404 and 400 are refusals: Refusal.notPermitted/notFound/invalid(...).exception()")
                .allowEmptyShould(true);
    }

    ArchRule entityManagerOnlyInFacadesAndDomain() {
        return noClasses().that().resideInAPackage(base + "..").and(notInAFacadePackage())
                .and().resideOutsideOfPackage("..domain..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .because("only facades and domain/ touch EntityManager").allowEmptyShould(true);
    }

    /**
     * Transactions start at facades only: a module's root package or a sub-domain's package (such as
     * {@code partnership.meetings}), never in {@code web/} or {@code domain/}.
     */
    ArchRule transactionalOnlyOnFacades() {
        return classes().that().resideInAPackage(base + "..").and().areAnnotatedWith(Transactional.class)
                .should(beInAFacadePackage())
                .andShould().notBeInterfaces().because("@Transactional only on facades").allowEmptyShould(true)
                .as("classes annotated @Transactional should be facades: in a module's root or a sub-domain package");
    }

    ArchRule noTransactionalMethodsOffFacades() {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(Transactional.class).and().areDeclaredInClassesThat().resideInAPackage(base + "..")
                .should(new ArchCondition<>("be declared in a facade") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod item, ConditionEvents events) {
                        if (!isFacadePackage(item.getOwner())) {
                            events.add(SimpleConditionEvent.violated(item, item.getFullName()
                                    + " is @Transactional outside a facade"));
                        }
                    }
                }).allowEmptyShould(true);
    }

    /**
     * A module's root package is its API: every type there is used by a later module (or is the module's
     * published links, {@code *Links}). What only the module itself uses lives in a sub-domain package.
     */
    ArchRule rootPackagesHoldOnlyTheApi() {
        return classes().that(new com.tngtech.archunit.base.DescribedPredicate<>("are in a module's root package") {
            @Override
            public boolean test(JavaClass type) {
                return isModuleRoot(type) && type.getEnclosingClass().isEmpty()
                        && !type.getSimpleName().equals("package-info");
            }
        }).and().haveSimpleNameNotEndingWith("Links").should(new ArchCondition<>("be used by another module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String module = moduleOf(item);
                boolean used = item.getDirectDependenciesToSelf().stream()
                        .map(d -> d.getOriginClass())
                        .map(origin -> origin.getPackageName().startsWith(templates + ".")
                                ? templateModule(origin) : moduleOf(origin))
                        .anyMatch(user -> !user.isEmpty() && !module.equals(user));
                if (!used) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is in " + module
                            + "'s root package (its API) but no other module uses it: move it to a sub-domain package"));
                }
            }
        }).because("a module's root package is its API (DESIGN.md §8)").allowEmptyShould(true);
    }

    /**
     * Observers of another module's events run after its transaction commits (in their own), so a failing
     * observer never undoes the writer's work and never sees what was rolled back. {@code allowed} lists the
     * reasoned exceptions ("Class.method").
     */
    ArchRule observersOfOtherModulesRunAfterCommit(java.util.Set<String> allowed) {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().resideInAPackage(base + "..")
                .should(new ArchCondition<>("observe other modules' events after commit") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod item, ConditionEvents events) {
                        for (var parameter : item.getParameters()) {
                            var observes = parameter.tryGetAnnotationOfType(jakarta.enterprise.event.Observes.class);
                            if (observes.isEmpty()) {
                                continue;
                            }
                            String eventModule = moduleOf(parameter.getRawType());
                            boolean other = !eventModule.isEmpty() && !eventModule.equals(moduleOf(item.getOwner()));
                            boolean afterCommit = observes.get().during()
                                    == jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS;
                            String name = item.getOwner().getSimpleName() + "." + item.getName();
                            if (other && !afterCommit && !allowed.contains(name)) {
                                events.add(SimpleConditionEvent.violated(item, name + " observes "
                                        + parameter.getRawType().getSimpleName() + " of " + eventModule
                                        + " inside its transaction: use during = AFTER_SUCCESS"));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    /** The sub-domains of a module depend on each other one way: no cycle between its sub-packages. */
    ArchRule subDomainsHaveNoCycles() {
        return slices().matching(base + ".(*).(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** Templates render records from a module's API or web package, never entities. */
    ArchRule templatesNeverUseDomain() {
        return noClasses().that().resideInAPackage(templates + "..")
                .should().dependOnClassesThat().resideInAPackage(base + "..domain..")
                .because("compiled templates never depend on a domain package").allowEmptyShould(true);
    }

    ArchRule entitiesInDomainAndResourcesInWeb() {
        return classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..domain..")
                .allowEmptyShould(true);
    }

    ArchRule resourcesInWeb() {
        return classes().that().areAnnotatedWith(Path.class).should().resideInAPackage("..web..")
                .allowEmptyShould(true);
    }

    /**
     * Names say what a thing is: no *Service, *Impl, *Manager, *Helper or *Util; *View is the platform's. A service
     * the asset map lists is the domain's own word, so an entity called just {@code Service} may be.
     */
    ArchRule names() {
        return noClasses().that().resideInAPackage(base + "..")
                .and().doNotHaveFullyQualifiedName(base + ".platform.View")
                .and().doNotHaveSimpleName("Service")
                .should().haveSimpleNameEndingWith("Service").orShould().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("View").because("records end in Page, Row, Card, Details "
                        + "or Form; *View clashes with platform.View").allowEmptyShould(true);
    }

    ArchRule noGrabBagPackages() {
        return noClasses().that().resideInAPackage(base + "..")
                .should().resideInAnyPackage("..util..", "..utils..", "..common..").allowEmptyShould(true);
    }

    /** The types whose {@code now(...)} reads the system clock unless it is given a {@link java.time.Clock}. */
    private static final java.util.Set<String> TIME_TYPES = java.util.Set.of("java.time.Instant",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime",
            "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth",
            "java.time.MonthDay");

    /**
     * Only the platform's clock reads the system clock: every other class is given the one {@code Clock} and asks
     * it ({@code LocalDate.now(clock)}), never {@code LocalDate.now()}, {@code Instant.now()},
     * {@code Clock.systemUTC()}, {@code System.currentTimeMillis()} or {@code new Date()}.
     */
    ArchRule onlyThePlatformClockReadsTheSystemClock() {
        return noClasses().that().resideInAnyPackage(base + "..", templates + "..")
                .and().doNotHaveFullyQualifiedName(base + ".platform.time.Clocks")
                .should().callCodeUnitWhere(new com.tngtech.archunit.base.DescribedPredicate<>(
                        "read the system clock") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaCall<?> call) {
                        String owner = call.getTarget().getOwner().getName();
                        String name = call.getTarget().getName();
                        List<String> parameters = call.getTarget().getRawParameterTypes().stream()
                                .map(JavaClass::getName).toList();
                        if (TIME_TYPES.contains(owner) && name.equals("now")) {
                            return !parameters.contains(java.time.Clock.class.getName());
                        }
                        return owner.equals(java.time.Clock.class.getName()) && name.startsWith("system")
                                || owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
                                || owner.equals(java.util.Date.class.getName()) && name.equals("<init>")
                                && parameters.isEmpty()
                                || owner.equals(java.util.Calendar.class.getName()) && name.equals("getInstance");
                    }
                })
                .because("one Clock from platform, injected: the portal agrees with itself about the time, and a "
                        + "test or a moved machine moves all of it (DESIGN.md §8, Time)")
                .allowEmptyShould(true);
    }

    private boolean isModuleRoot(JavaClass type) {
        return MODULES.stream().anyMatch(m -> type.getPackageName().equals(base + "." + m));
    }

    /** The module whose template a compiled template is: the last part of its package. */
    private static String templateModule(JavaClass template) {
        String name = template.getPackageName();
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.equals("layout") ? "platform" : last;
    }

    /** The module a class of the base package is in ("" for none). */
    private String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(base + ".")) {
            return "";
        }
        String rest = name.substring(base.length() + 1);
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /** A facade's package: a module's root, or a sub-domain's package (any sub-package but web/ and domain/). */
    private boolean isFacadePackage(JavaClass type) {
        String name = type.getPackageName();
        if (isModuleRoot(type)) {
            return true;
        }
        if (!name.startsWith(base + ".") || !MODULES.contains(moduleOf(type))) {
            return false;
        }
        List<String> parts = List.of(name.substring(base.length() + 1).split("\\."));
        return !parts.contains("web") && !parts.contains("domain");
    }

    private com.tngtech.archunit.base.DescribedPredicate<JavaClass> notInAFacadePackage() {
        return new com.tngtech.archunit.base.DescribedPredicate<>("are not in a facade's package") {
            @Override
            public boolean test(JavaClass type) {
                return !isFacadePackage(type);
            }
        };
    }

    private ArchCondition<JavaClass> beInAFacadePackage() {
        return new ArchCondition<>("be in a module's root or a sub-domain package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (!isFacadePackage(item)) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is not a facade"));
                }
            }
        };
    }
}
