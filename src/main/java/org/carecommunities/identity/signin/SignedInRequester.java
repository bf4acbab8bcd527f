package org.carecommunities.identity.signin;

import org.carecommunities.identity.CurrentMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.carecommunities.platform.Requester;

import java.util.Optional;

/** A signed-in member's requests count as theirs, wherever they come from. */
@ApplicationScoped
public class SignedInRequester implements Requester {

    @Override
    public Optional<String> member(HttpServletRequest request) {
        return CurrentMember.subjectOf(request).map(subject -> "member " + subject);
    }
}
