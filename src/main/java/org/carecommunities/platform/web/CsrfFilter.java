package org.carecommunities.platform.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Set;

/**
 * CSRF protection that keeps nothing on the server, so someone who only reads leaves no session behind: a signed
 * token ({@link CsrfTokens}) in the {@value #COOKIE} cookie, which every state-changing request must also send
 * back as the {@value #FIELD} form field (plain forms) or the {@value #HEADER} header (htmx, set on
 * {@code <body>} by the layout). Both must match and the signature must fit the session (if any). A missing or
 * wrong token is refused with 403 before any resource runs.
 */
public class CsrfFilter extends HttpFilter {

    public static final String FIELD = org.carecommunities.platform.Csrf.FIELD;
    public static final String HEADER = "X-CSRF-Token";
    public static final String COOKIE = "CCCSRF";
    static final String ATTRIBUTE = CsrfFilter.class.getName();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The request attribute holding the cookie a plain form's token must match, for {@link CsrfFormCheck}. */
    static final String FORM_CHECK = CsrfFilter.class.getName() + ".form";

    @Inject
    Renderer renderer;

    @Inject
    CsrfTokens tokens;

    @Inject
    @ConfigProperty(name = "cookie.secure", defaultValue = "false")
    boolean secureCookies;

    /**
     * The token the page being rendered puts in its forms and its htmx headers; outside this filter (a request
     * it did not see), one that nothing accepts.
     */
    static RequestToken token(HttpServletRequest request) {
        Object token = request.getAttribute(ATTRIBUTE);
        return token instanceof RequestToken t ? t : RequestToken.ofCookie("");
    }

    /**
     * The {@code Set-Cookie} value for the token the response's content used, if one was issued for it (null
     * otherwise): asked once the content is rendered, before it is written.
     */
    static String cookieFor(HttpServletRequest request) {
        return token(request).cookie();
    }

    /**
     * Paths that browsers never post to, where another server authenticates each request itself (a signed token
     * in the body): the filter's {@code exempt} parameter, comma-separated.
     */
    private Set<String> exempt = Set.of();

    @Override
    public void init() throws ServletException {
        String listed = getInitParameter("exempt");
        exempt = listed == null ? Set.of() : java.util.Arrays.stream(listed.split(",")).map(String::strip)
                .filter(p -> !p.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // an exempt address is not checked, but its pages still get a token for the forms they show
        boolean exempted = exempt.contains(request.getRequestURI().substring(request.getContextPath().length()));
        String binding = binding(request);
        String cookie = cookie(request);
        boolean cookieValid = tokens.valid(cookie, binding);
        boolean unsafe = !exempted && !SAFE_METHODS.contains(request.getMethod());
        if (unsafe && cookieValid && request.getHeader(HEADER) == null && plainForm(request)) {
            // the token is in the body, which only the resource may read (reading it here as the servlet's
            // parameters would leave a form read whole empty): CsrfFormCheck compares it before any resource runs
            request.setAttribute(FORM_CHECK, cookie);
        } else if (unsafe && !(cookieValid && sentMatches(request, cookie))) {
            renderer.renderError(HttpServletResponse.SC_FORBIDDEN, refusal(), request.getRequestURI(), null,
                    request, response);
            return;
        }
        // a token is issued only when the response uses it (see RequestToken), and sent with that response
        request.setAttribute(ATTRIBUTE, cookieValid ? RequestToken.ofCookie(cookie)
                : RequestToken.toIssue(() -> tokens.issue(binding), COOKIE, secureCookies));
        chain.doFilter(request, response);
    }

    /** A session's token is bound to it; someone who has none (only reading) gets one bound to nothing. */
    private static String binding(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? "" : session.getId();
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).reduce((first, second) -> second).orElse(null);
    }

    private static boolean sentMatches(HttpServletRequest request, String cookie) {
        String sent = request.getHeader(HEADER);
        if (sent == null) {
            // a multipart form carries it in its action's query (the body is not read here)
            sent = request.getParameter(FIELD);
        }
        return matches(cookie, sent);
    }

    /** Whether the token sent is the cookie's, compared in constant time. */
    static boolean matches(String cookie, String sent) {
        return sent != null && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }

    /** A form posted by a browser without JavaScript, sent to the portal's resources (not a servlet of files). */
    private static boolean plainForm(HttpServletRequest request) {
        String type = request.getContentType();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && !path.startsWith("/static/") && !path.startsWith("/webjars/") && !path.equals("/error-page");
    }


    /** Why a form was refused, in the reader's language. */
    static String refusal() {
        return Text.t("platform.form.expired");
    }
}
