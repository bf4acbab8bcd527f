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
        if (shared != null && !shared.forget()) {
            shared.close();
            shared = null;
        }
        if (shared == null) {
            shared = Browser.start(base);
        }
        browser = shared;
    }

    /**
     * Someone else's browser, beside {@link #browser}, for a block: {@code try (Browser other = another())}; it
     * starts with no cookies and forgets everything when the block ends.
     */
    protected Browser another() {
        if (second != null && !second.forget()) {
            second.close();
            second = null;
        }
        if (second == null) {
            second = Browser.start(base);
        }
        return second.lent();
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
