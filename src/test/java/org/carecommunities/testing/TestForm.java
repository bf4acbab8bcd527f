package org.carecommunities.testing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.stream.Collectors;

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

    /** The fields a form read whole arrived with, one {@code name=value} a line, sorted. */
    @POST
    @Path("whole")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String whole(MultivaluedMap<String, String> form) {
        return form.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
                .sorted().collect(Collectors.joining("\n"));
    }

    /** The one field a form read field by field arrived with. */
    @POST
    @Path("field")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String field(@FormParam("name") String name) {
        return "name=" + name;
    }
}
