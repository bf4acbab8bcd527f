package org.carecommunities.platform.web;

import org.carecommunities.platform.AccountSlot;
import org.carecommunities.platform.Navigation;
import org.carecommunities.platform.Text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.util.List;

/**
 * What the page layout needs besides the main content.
 *
 * @param title     the page's own title; the layout adds the service name
 * @param token     the request's CSRF token, sent back by every form on state-changing requests
 * @param assets    versioned URLs of the portal's own static files
 * @param account   the header's sign-in slot, or null when no module fills it
 * @param sections  the header navigation, in order, the current section marked
 * @param language  the language the page is in
 * @param switches  the header's links to this page in each other language
 */
public record Shell(String title, RequestToken token, Assets assets, AccountSlot.Account account,
                    List<Section> sections, Text.Language language, List<Switch> switches) {

    /** The service's name, in every language (it is a name). */
    public static final String SERVICE_NAME = "Care Communities";
    /** The id of {@code <main>}: the target of page-to-page htmx navigation and of the skip link. */
    public static final String MAIN_ID = "maincontent";
    public static final String STATUS_ID = "status-message";
    /** The id of the element around the header, which htmx replaces (out of band) when it swaps a new page in. */
    public static final String HEADER_ID = "site-header";

    public Shell {
        sections = List.copyOf(sections);
        switches = List.copyOf(switches);
    }

    /**
     * A link to the same page in another language, named in that language ("Cymraeg" on an English page).
     *
     * @param language the language it switches to
     * @param href     the address that remembers the choice and comes back here
     */
    public record Switch(Text.Language language, String href) {

        /** The links to the page at {@code here} (its path and query) in every language but {@code current}. */
        public static List<Switch> from(Text.Language current, String here) {
            String next = URLEncoder.encode(here, StandardCharsets.UTF_8);
            return Text.choices().stream().filter(l -> !l.equals(current))
                    .map(l -> new Switch(l, "/language/" + l.id() + "?next=" + next)).toList();
        }
    }

    /**
     * A header navigation entry as shown: {@code current} when the page is in its section, {@code here} when it
     * is the section's own page.
     */
    public record Section(Navigation.Entry entry, boolean current, boolean here) {

        public String label() {
            return entry.label();
        }

        public String href() {
            return entry.href();
        }

        public int count() {
            return entry.count();
        }

        /** What {@code aria-current} says: "page" on the section's own page, "true" elsewhere in it. */
        public String ariaCurrent() {
            return here ? "page" : current ? "true" : null;
        }
    }

    /** The token for a form's hidden field: using it makes the response one person's (it sets their cookie). */
    public String csrfToken() {
        return token.use();
    }

    /**
     * The headers htmx sends with every request from the page ({@code hx-headers} on {@code <body>}, as JSON): the
     * token, where the page is someone's who is signed in or its content holds a form; null (no attribute)
     * elsewhere, so a page without a form holds no token and may be kept by a shared cache.
     */
    public String htmxHeaders() {
        return token.rendered() || account != null && account.signedIn()
                ? "{\"" + CsrfFilter.HEADER + "\": \"" + token.use() + "\"}" : null;
    }

    public String fullTitle() {
        return Text.t("platform.layout.title", "title", title, "service", SERVICE_NAME);
    }
}
