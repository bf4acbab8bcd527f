package org.carecommunities.platform.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carecommunities.platform.Text;
import org.carecommunities.platform.View;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The accessibility statement that public sector websites must publish, linked from every page's footer. */
@Path("/accessibility")
@Produces(MediaType.TEXT_HTML)
public class AccessibilityStatementResource {

    @Inject
    @ConfigProperty(name = "portal.contact.email", defaultValue = "accessibility@carecommunities.example")
    String contactEmail;

    @GET
    public View statement() {
        return View.page(Text.t("platform.accessibility.title"), "platform/accessibility.jte",
                new AccessibilityStatementPage(contactEmail));
    }

    /** @param contactEmail where people report a problem or ask for another format */
    public record AccessibilityStatementPage(String contactEmail) {
        public String mailto() {
            return "mailto:" + contactEmail;
        }
    }
}
