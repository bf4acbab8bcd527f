package org.carecommunities.platform.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.escape.Escape;
import gg.jte.output.Utf8ByteOutput;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carecommunities.platform.AccountSlot;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Navigation;
import org.carecommunities.platform.Text;
import org.carecommunities.platform.View;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link View} with the precompiled JTE templates: the whole page for a browser, the main content
 * (with its title) for htmx navigation, or one named part for an htmx request that targets it.
 */
@ApplicationScoped
public class Renderer {

    static final String LAYOUT = "layout/page.jte";
    static final String HEADER = "layout/header.jte";
    /** The portal's own static files whose content makes the asset version. */
    private static final List<String> VERSIONED = List.of(
            "/static/css/portal.css", "/static/js/app.js", "/static/js/supported.js",
            "/static/nhsuk/nhsuk-frontend.min.js");

    /** The shell of the view being rendered on this thread, for templates that need the request's token. */
    private static final ThreadLocal<Shell> RENDERING = new ThreadLocal<>();

    private TemplateEngine engine;
    private Assets assets;

    @Inject
    ServletContext servletContext;

    @Inject
    Instance<AccountSlot> accountSlot;

    @Inject
    Instance<Navigation> navigation;

    @PostConstruct
    void start() {
        engine = org.carecommunities.platform.Templates.engine();
        List<byte[]> contents = new ArrayList<>();
        for (String path : VERSIONED) {
            try (InputStream in = servletContext.getResourceAsStream(path)) {
                contents.add(in == null ? new byte[0] : in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assets = Assets.of(contents);
    }

    public Assets assets() {
        return assets;
    }

    /**
     * Answers a failure outside JAX-RS (a filter's refusal, an error dispatch) with the error page or fragment,
     * as {@link ErrorMapper} does inside it.
     */
    public void renderError(int status, String reason, String uri, Throwable cause, HttpServletRequest request,
                            HttpServletResponse response) throws IOException {
        Utf8ByteOutput out = render(Failures.view(status, reason, request.getMethod(), uri, cause), request);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Vary", RenderedViews.PAGE_VARY);
        response.setHeader("Cache-Control", "no-store");
        String cookie = CsrfFilter.cookieFor(request);
        if (cookie != null) {
            // the header's sign-out form for someone signed in holds a token issued for this page
            response.addHeader("Set-Cookie", cookie);
        }
        out.writeTo(response.getOutputStream());
    }

    private AccountSlot.Account account(HttpServletRequest request) {
        if (!accountSlot.isResolvable()) {
            return null;
        }
        return accountSlot.get().account(here(request));
    }

    /** The path of the page being rendered; on an error dispatch, the one that failed. */
    private static String pagePath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original != null ? original.toString() : request.getRequestURI();
    }

    /** The page's path and query (for a link back to it); on an error dispatch, the path that failed. */
    private static String here(HttpServletRequest request) {
        String query = request.getQueryString();
        boolean failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
        return pagePath(request) + (failed || query == null ? "" : "?" + query);
    }

    /** Every module's header entries in order, the one whose section the page is in marked current. */
    private List<Shell.Section> sections(HttpServletRequest request) {
        String path = pagePath(request);
        List<Navigation.Entry> entries = new ArrayList<>();
        navigation.forEach(module -> entries.addAll(module.entries()));
        entries.sort(Comparator.comparingInt(Navigation.Entry::order));
        Navigation.Entry current = entries.stream().filter(e -> e.match(path) >= 0)
                .max(Comparator.comparingInt(e -> e.match(path))).orElse(null);
        return entries.stream().map(e -> new Shell.Section(e, e == current, e == current && e.href().equals(path)))
                .toList();
    }

    /** The current request's CSRF token, for the hidden field of forms in any template. */
    public static String csrfToken() {
        Shell shell = RENDERING.get();
        if (shell == null) {
            throw new IllegalStateException("Not rendering a view");
        }
        return shell.csrfToken();
    }

    public Utf8ByteOutput render(View view, HttpServletRequest request) {
        boolean part = Htmx.wantsFragment(request) && view.part(request.getHeader(Htmx.TARGET)) != null;
        // a part of a page keeps the page's header; a whole page, or htmx's new main content, brings its own
        Text.Language language = Text.current();
        Shell shell = new Shell(view.title(), CsrfFilter.token(request), assets, part ? null : account(request),
                part ? List.of() : sections(request), language,
                part ? List.of() : Shell.Switch.from(language, here(request)));
        RENDERING.set(shell);
        try {
            return render(view, shell, request);
        } finally {
            RENDERING.remove();
        }
    }

    private Utf8ByteOutput render(View view, Shell shell, HttpServletRequest request) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        if (Htmx.wantsFragment(request)) {
            View.Part part = view.part(request.getHeader(Htmx.TARGET));
            if (part != null) {
                engine.render(part.template(), part.model(), out);
            } else {
                // htmx replaces the document title from a <title> in the swapped content
                out.writeContent("<title>");
                Escape.htmlContent(shell.fullTitle(), out);
                out.writeContent("</title>\n");
                engine.render(view.template(), view.model(), out);
                // the header too, out of band: the current section (and the sign-in return path) follow the page
                engine.render(HEADER, Map.of("shell", shell, "outOfBand", true), out);
            }
        } else {
            // the main content first, so the layout knows whether anything on the page posts (and needs the token)
            gg.jte.output.StringOutput main = new gg.jte.output.StringOutput(8192);
            engine.render(view.template(), view.model(), main);
            gg.jte.Content content = output -> output.writeContent(main.toString());
            engine.render(LAYOUT, Map.of("shell", shell, "content", content), out);
        }
        return out;
    }
}
