package org.carecommunities.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carecommunities.platform.LanguageChoice;
import org.carecommunities.platform.Text;

import java.io.IOException;

/**
 * Decides the language of each request and says it: the member's saved choice, else the {@value #COOKIE} cookie
 * the header's language link sets, else the browser's {@code Accept-Language}, else English. The answer carries
 * {@code Content-Language}; pages vary with the cookie and {@code Accept-Language} ({@link RenderedViews}), and the
 * address never changes with the language.
 */
public class LanguageFilter implements Filter {

    public static final String COOKIE = "lang";

    @Inject
    Instance<LanguageChoice> choice;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Text.Language language = language(request);
        Text.use(language);
        ((HttpServletResponse) res).setHeader("Content-Language", language.tag());
        try {
            chain.doFilter(req, res);
        } finally {
            Text.done();
        }
    }

    private Text.Language language(HttpServletRequest request) {
        boolean page = !request.getRequestURI().startsWith(request.getContextPath() + "/static/");
        if (page && request.getSession(false) != null && choice.isResolvable()) {
            Text.Language saved = Text.language(choice.get().saved());
            if (saved != null) {
                return saved;
            }
        }
        Text.Language chosen = Text.language(cookie(request));
        if (chosen != null) {
            return chosen;
        }
        Text.Language accepted = Text.accepted(request.getHeader("Accept-Language"));
        return accepted != null ? accepted : Text.english();
    }

    static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
