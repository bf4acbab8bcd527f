package org.carecommunities.testing;

import org.carecommunities.ArchitectureRules;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.List;

/**
 * Arquillian deployments made from the WAR that {@code mvn package} built, so tests run the real artefact:
 * compiled templates, webjars, front-end files and all; each module's tests get that module and those before it
 * only (DESIGN.md §8), so whatever a module needs from a later one fails its own tests.
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The portal, named after the test class: each class gets its own deployment, and a name of its own keeps
     * one class's deployment from clashing with the previous one's while that is still being removed.
     */
    public static WebArchive portal(Class<?> testClass) {
        File war = new File(System.getProperty("war.file", "target/care-communities.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after mvn package");
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, testClass.getSimpleName().toLowerCase() + ".war")
                .importFrom(war).as(WebArchive.class);
        List<String> later = laterModules(testClass);
        later.forEach(module -> withoutModule(archive, module));
        if (later.contains("neighbourhood")) {
            archive.addClass(TestDirectory.class);
        }
        return archive.addClass(Sql.class).addClass(Refusals.class).addClass(Residents.class)
                .addClass(DemoDates.class).addClass(DemoCalendarServlet.class)
                .addClass(TestForm.class);
    }

    /**
     * The modules after the test's own (its package's first part under {@code org.carecommunities}), which its
     * deployment leaves out, so that a hidden dependency on a later module fails; none for a test of the whole
     * portal (a class in the root package, or the journeys that cross every module). Identity's tests get a
     * {@link TestDirectory} in place of the neighbourhood module's.
     */
    static List<String> laterModules(Class<?> testClass) {
        String name = testClass.getPackageName();
        String root = "org.carecommunities.";
        if (!name.startsWith(root)) {
            return List.of();
        }
        String module = name.substring(root.length()).split("\\.")[0];
        int own = ArchitectureRules.MODULES.indexOf(module);
        return own < 0 ? List.of()
                : ArchitectureRules.MODULES.subList(own + 1, ArchitectureRules.MODULES.size());
    }

    /** The WAR without a module: its classes, its compiled templates, its schema (PostgreSQL's own too) and its demo data. */
    private static void withoutModule(WebArchive archive, String module) {
        for (String path : List.of("org/carecommunities/" + module, "gg/jte/generated/precompiled/" + module,
                "db/migration/" + module, "db/postgresql/" + module, "db/demo/" + module)) {
            String folder = "/WEB-INF/classes/" + path;
            // deleting a folder's node leaves what is in it: every path under it goes
            List<ArchivePath> inside = archive.getContent().keySet().stream()
                    .filter(p -> p.get().equals(folder) || p.get().startsWith(folder + "/"))
                    .sorted(java.util.Comparator.comparing((ArchivePath p) -> p.get().length()).reversed()).toList();
            inside.forEach(archive::delete);
        }
    }

    /** The portal, with {@link Persistence} for tests that need the entity manager. */
    public static WebArchive withPersistence(Class<?> testClass) {
        return portal(testClass).addClass(Persistence.class);
    }
}
