package org.carecommunities.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.carecommunities.identity.signin.ProfileRequiredException;
import org.carecommunities.platform.Htmx;

import java.net.URI;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Signed in for the first time: set up a profile first, then carry on. */
@Provider
public class ProfileRequiredMapper implements ExceptionMapper<ProfileRequiredException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ProfileRequiredException required) {
        return Htmx.redirect(request, URI.create(AccountResource.SETUP + "?next="
                + URLEncoder.encode(ReturnPath.safe(required.returnTo()), StandardCharsets.UTF_8)));
    }
}
