package org.carecommunities.testing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.platform.View;

import java.net.URI;

/**
 * A page with a form that posts, for the tests of a module with none of its own (the platform's, identity's): it
 * holds a CSRF token as any form does, and its post, once past the check, goes back to the accessibility statement.
 * Every test deployment has it; the portal never does.
 */
@Path(TestForm.PATH)
public class TestForm {

    public static final String PATH = "/testing/form";

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View form() {
        return View.page("A form", "platform/csrfField.jte", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post() {
        return Response.seeOther(URI.create("/accessibility")).build();
    }
}
