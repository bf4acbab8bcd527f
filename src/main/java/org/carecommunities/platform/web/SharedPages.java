package org.carecommunities.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Text;
import org.carecommunities.platform.persistence.Writes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * The pages lately given to everyone signed out, kept on this server so that the next person signed out who asks
 * for one is given it without it being rendered again, and someone asking again with its tag is answered 304
 * ({@link SharedPagesFirst}). A kept page is given only while
 * <ul>
 * <li>nothing has been written to the database on this server since it was read ({@link Writes}): a resident who
 * posts, supports or edits sees the change on their next page;</li>
 * <li>and for at most {@code pages.kept.seconds} (10 by default; 0 keeps none) after it was rendered: what other
 * servers wrote, and what changes with the time of day, is seen that much later, as it would be through a shared
 * cache in front, which the page allows to keep it for {@value RenderedViews#SHARED_SECONDS}.</li>
 * </ul>
 * Each server keeps at most {@value #MOST} pages and about {@value #MOST_BYTES} bytes of them, starting again when
 * either is reached.
 */
@ApplicationScoped
public class SharedPages {

    static final int MOST = 20_000;
    static final int MOST_BYTES = 16 * 1024 * 1024;
    /** The request attribute holding {@link Writes#count()} as the request began. */
    static final String WRITES_BEFORE = SharedPages.class.getName() + ".writes";

    @Inject
    @ConfigProperty(name = "pages.kept.seconds", defaultValue = "10")
    int keptSeconds;

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    /**
     * A page as it was given: its tag, its headers (none of them a cookie), its HTML, and the same compressed with
     * gzip once (most pages go to browsers that take it: compressing a page for every request was most of what a
     * kept page cost).
     */
    record Page(String etag, MultivaluedMap<String, Object> headers, byte[] html, byte[] gzipped, long at,
                long writes) {
    }

    /** Notes, as a request begins, how much had been written: a page read after it is kept only as of then. */
    void begun(HttpServletRequest request) {
        request.setAttribute(WRITES_BEFORE, Writes.count());
    }

    /** Keeps a page just rendered for everyone signed out, with the headers it was given with. */
    void rendered(HttpServletRequest request, String etag, MultivaluedMap<String, Object> headers, byte[] html) {
        if (keptSeconds <= 0 || !(request.getAttribute(WRITES_BEFORE) instanceof Long writes)) {
            return;
        }
        if (pages.size() >= MOST || bytes.get() + html.length > MOST_BYTES) {
            pages.clear();
            bytes.set(0);
        }
        MultivaluedMap<String, Object> kept = new MultivaluedHashMap<>();
        headers.forEach((name, values) -> kept.put(name, java.util.List.copyOf(values)));
        byte[] gzipped = gzip(html);
        Page old = pages.put(key(request), new Page(etag, kept, html, gzipped, System.nanoTime(), writes));
        bytes.addAndGet(html.length + gzipped.length - (old == null ? 0 : old.html().length + old.gzipped().length));
    }

    private static byte[] gzip(byte[] html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The page kept for this request, if it is still fresh; null otherwise. */
    Page fresh(HttpServletRequest request) {
        Page page = pages.get(key(request));
        return page == null || page.writes() != Writes.count()
                || System.nanoTime() - page.at() > keptSeconds * 1_000_000_000L ? null : page;
    }

    /**
     * A page is its whole address (the host too, so that a request naming another host can never leave a page for
     * this one), the part htmx asks for, and what the asker accepts (an address may answer in another form than
     * HTML), and the language it is in: everything a page for someone signed out varies with (its {@code Vary}: the
     * cookie and {@code Accept-Language} as far as they chose the language).
     */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getMethod() + ' ' + request.getScheme() + "://" + request.getServerName() + ':'
                + request.getServerPort() + request.getRequestURI() + (query == null ? "" : "?" + query) + '\n'
                + request.getHeader(Htmx.REQUEST) + '\n' + request.getHeader(Htmx.TARGET) + '\n'
                + request.getHeader(Htmx.HISTORY_RESTORE) + '\n' + request.getHeader("Accept") + '\n'
                + Text.current().id();
    }
}
