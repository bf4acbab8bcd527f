package org.carecommunities.identity;

import org.carecommunities.platform.Text;
import org.carecommunities.identity.signin.ProfileRequiredException;
import org.carecommunities.identity.signin.SignInClaims;
import org.carecommunities.identity.signin.SignInRequiredException;
import org.carecommunities.platform.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Collection;

/**
 * Where every module asks "may this person do this?". Each check returns normally or refuses: anonymous people
 * are sent to sign in and back; signed-in people without permission get 403. Whatever a page shows or hides, these checks are what guard the server.
 */
@RequestScoped
public class Authorisation {

    @Inject
    CurrentMember current;

    @Inject
    HttpServletRequest request;

    /** Signed in, whether or not the profile is set up yet. */
    public SignInClaims requireSignedIn() {
        if (!current.isSignedIn()) {
            throw new SignInRequiredException(returnTo());
        }
        return current.claims();
    }

    /** Signed in with a member profile; a first sign-in is sent to set one up. */
    public MemberDetails requireMember() {
        requireSignedIn();
        return current.member().orElseThrow(() -> new ProfileRequiredException(returnTo()));
    }

    /** Signed in with at least one of these roles. */
    public void requireAnyRole(Role... roles) {
        requireSignedIn();
        if (Arrays.stream(roles).noneMatch(current::has)) {
            throw Refusal.notPermitted(Text.t("identity.role.missing")).exception();
        }
    }

    /** Signed in with the role, acting for one of the organisations, or an admin. */
    public void requireRoleFor(Role role, Collection<String> organisations) {
        requireSignedIn();
        if (!allowedFor(role, organisations)) {
            throw Refusal.notPermitted(Text.t("identity.role.notYourOrganisation"))
                    .exception();
        }
    }

    /** Whether {@link #requireRoleFor} would let the current person through. */
    public boolean allowedFor(Role role, Collection<String> organisations) {
        return current.has(Role.ADMIN)
                || current.has(role) && organisations.stream().anyMatch(current::actsFor);
    }

    private String returnTo() {
        String query = request.getQueryString();
        // a form post cannot be replayed after sign-in: come back to the page it was on
        String path = "GET".equals(request.getMethod()) ? request.getRequestURI() : refererPath();
        return "GET".equals(request.getMethod()) && query != null ? path + "?" + query : path;
    }

    private String refererPath() {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            String host = request.getServerName();
            return host.equals(uri.getHost()) && uri.getRawPath() != null ? uri.getRawPath() : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
