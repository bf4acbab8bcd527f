package org.carecommunities.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * Arquillian deployments made from the WAR that {@code mvn package} built, so tests run the real artefact:
 * compiled templates, webjars, front-end files and all.
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
        return ShrinkWrap.create(ZipImporter.class, testClass.getSimpleName().toLowerCase() + ".war").importFrom(war).as(WebArchive.class)
                .addClass(Sql.class).addClass(Refusals.class).addClass(Residents.class).addClass(DemoDates.class);
    }

    /** The portal, with {@link Persistence} for tests that need the entity manager. */
    public static WebArchive withPersistence(Class<?> testClass) {
        return portal(testClass).addClass(Persistence.class);
    }
}
