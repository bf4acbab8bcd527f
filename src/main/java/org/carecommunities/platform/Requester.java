package org.carecommunities.platform;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** Who is signed in on a request, for counting their requests as theirs (identity implements it). */
public interface Requester {

    /** A key for the signed-in member (never their name), or empty when nobody is signed in. */
    Optional<String> member(HttpServletRequest request);
}
