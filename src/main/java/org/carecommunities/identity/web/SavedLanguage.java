package org.carecommunities.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.Members;
import org.carecommunities.platform.LanguageChoice;
import org.carecommunities.platform.Text;

/**
 * A member's choice of language, saved with their profile and held in their session while they are signed in (read
 * from the database once, as they sign in, not on every page).
 */
@RequestScoped
public class SavedLanguage implements LanguageChoice {

    /** The session's copy of the member's choice. */
    static final String SESSION_KEY = SavedLanguage.class.getName();

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentMember current;

    @Inject
    Members members;

    @Override
    public String saved() {
        HttpSession session = request.getSession(false);
        if (session == null || !current.isSignedIn()) {
            return null;
        }
        Long memberId = current.member().map(m -> m.id()).orElse(null);
        if (memberId == null) {
            return null;
        }
        // held with whose choice it is: a session someone else signs in to reads theirs again
        Held held = session.getAttribute(SESSION_KEY) instanceof Held h && h.memberId() == memberId ? h : null;
        if (held == null) {
            held = new Held(memberId, members.language(memberId).orElse(""));
            session.setAttribute(SESSION_KEY, held);
        }
        return held.code().isEmpty() ? null : held.code();
    }

    @Override
    public void save(Text.Language language) {
        current.member().ifPresent(member -> {
            members.chooseLanguage(member.id(), language.id());
            request.getSession().setAttribute(SESSION_KEY, new Held(member.id(), language.id()));
        });
    }

    /** A member's choice as the session holds it: whose, and its short code ("" for none). */
    record Held(long memberId, String code) implements java.io.Serializable {
    }
}
