package org.carecommunities.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.carecommunities.identity.SignInLinks;
import org.carecommunities.identity.signin.SignInRequiredException;
import org.carecommunities.platform.Htmx;

import java.net.URI;

/**
 * An action that needs an account sends the person to sign in and back to where they were; htmx is told to
 * go there as a whole page.
 */
@Provider
public class SignInRequiredMapper implements ExceptionMapper<SignInRequiredException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(SignInRequiredException required) {
        return Htmx.redirect(request, URI.create(SignInLinks.signIn(ReturnPath.safe(required.returnTo()))));
    }
}
