package org.carecommunities.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.carecommunities.platform.LanguageChoice;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.SitePath;
import org.carecommunities.platform.Text;

/**
 * The header's language link: {@code /language/cy?next=/forums} remembers the choice (a cookie for a year, and the
 * member's saved choice when someone is signed in) and goes back to the page, now in that language.
 */
@Path("/language/{code}")
public class LanguageResource {

    static final int YEAR_SECONDS = 365 * 24 * 60 * 60;

    @Inject
    Instance<LanguageChoice> choice;

    @Context
    HttpServletRequest request;

    @GET
    public Response choose(@PathParam("code") String code, @QueryParam("next") String next) {
        Text.Language language = Text.language(code);
        if (language == null || !language.id().equals(code)) {
            throw Refusal.notFound(Text.t("platform.language.unknown")).exception();
        }
        if (request.getSession(false) != null && choice.isResolvable()) {
            choice.get().save(language);
        }
        String cookie = LanguageFilter.COOKIE + "=" + language.id() + "; Path=/; Max-Age=" + YEAR_SECONDS
                + "; SameSite=Lax" + (request.isSecure() ? "; Secure" : "");
        return Response.seeOther(SitePath.uri(next, "/")).header("Set-Cookie", cookie)
                .header("Cache-Control", "no-store").build();
    }
}
