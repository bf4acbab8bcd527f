package org.carecommunities.testing;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * A browser journey against the deployed portal. A class's tests share one Chromium, which forgets every cookie
 * and window between them (so no journey depends on what another left signed in), and is started again if it
 * cannot; it is closed after the class. Subclasses declare their {@code @Deployment(testable = false)}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class Journey {

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    /** The class's browser, between its tests. */
    private static Browser shared;
    /** A second person's browser, for the tests that need one. */
    private static Browser second;

    @BeforeEach
    void startBrowser() {
        shared = forgotten(shared);
        browser = shared;
    }

    /**
     * Someone else's browser, beside {@link #browser}, for a block: {@code try (Browser other = another())}; it
     * starts with no cookies, as {@link #browser} does at each test.
     */
    protected Browser another() {
        second = forgotten(second);
        return second.lent();
    }

    /** The demo's dates where this run's database has them. */
    protected DemoDates demo() {
        return DemoDates.of(base);
    }

    /** The browser with everything forgotten, or a new one where there was none or it could not forget. */
    private Browser forgotten(Browser kept) {
        if (kept != null && kept.forget()) {
            return kept;
        }
        if (kept != null) {
            kept.close();
        }
        return Browser.start(base);
    }

    @AfterAll
    static void stopBrowser() {
        for (Browser started : new Browser[] {shared, second}) {
            if (started != null) {
                started.close();
            }
        }
        shared = null;
        second = null;
    }
}
