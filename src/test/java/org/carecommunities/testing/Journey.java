package org.carecommunities.testing;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * A browser journey against the deployed portal: each test starts its own Chromium with an empty profile (so no
 * journey depends on what another left signed in) and closes it afterwards. Subclasses declare their
 * {@code @Deployment(testable = false)}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class Journey {

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(base);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
