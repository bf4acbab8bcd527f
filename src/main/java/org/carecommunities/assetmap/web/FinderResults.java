package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.ServiceRow;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Paged;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page of services found, with links to the pages around it and, when none match, the filters to loosen. */
public record FinderResults(FinderForm form, Paged<ServiceRow> found, Errors errors) {

    static final String ID = "asset-results";

    public String id() {
        return ID;
    }

    /** What a screen reader announces when the results change, and the visible count. */
    public String summary() {
        if (errors.any()) {
            return "Check the filters";
        }
        long total = found.total();
        return total == 0 ? "No services match" : total + (total == 1 ? " service" : " services")
                + (form.any() ? " match" : " listed");
    }

    public String previousUrl() {
        return found.hasPrevious() ? url(form, found.page() - 1) : null;
    }

    public String nextUrl() {
        return found.hasNext() ? url(form, found.page() + 1) : null;
    }

    /** The same search as a spreadsheet. */
    public String csvUrl() {
        return url(form, 1).replaceFirst("^" + AssetMapLinks.MAP, AssetMapLinks.MAP + "/download");
    }

    public String pageLabel() {
        return "Page " + found.page() + " of " + found.pages();
    }

    /** When nothing matches: each filter in use, with a link to the same search without it. */
    public List<Loosen> loosen() {
        List<Loosen> ways = new ArrayList<>();
        FinderForm f = form;
        if (notBlank(f.q())) {
            ways.add(new Loosen("Search without the words “" + f.q().strip() + "”", url(new FinderForm(null,
                    f.category(), f.neighbourhood(), f.day(), f.age(), f.free(), f.stepFree()), 1)));
        }
        if (notBlank(f.category())) {
            ways.add(new Loosen("Any category", url(new FinderForm(f.q(), null, f.neighbourhood(), f.day(), f.age(),
                    f.free(), f.stepFree()), 1)));
        }
        if (notBlank(f.neighbourhood())) {
            ways.add(new Loosen("Every neighbourhood", url(new FinderForm(f.q(), f.category(), null, f.day(),
                    f.age(), f.free(), f.stepFree()), 1)));
        }
        if (notBlank(f.day())) {
            ways.add(new Loosen("Any day", url(new FinderForm(f.q(), f.category(), f.neighbourhood(), null, f.age(),
                    f.free(), f.stepFree()), 1)));
        }
        if (notBlank(f.age())) {
            ways.add(new Loosen("Any age", url(new FinderForm(f.q(), f.category(), f.neighbourhood(), f.day(), null,
                    f.free(), f.stepFree()), 1)));
        }
        if (f.free()) {
            ways.add(new Loosen("Paid services too", url(new FinderForm(f.q(), f.category(), f.neighbourhood(),
                    f.day(), f.age(), false, f.stepFree()), 1)));
        }
        if (f.stepFree()) {
            ways.add(new Loosen("Venues with steps too", url(new FinderForm(f.q(), f.category(), f.neighbourhood(),
                    f.day(), f.age(), f.free(), false), 1)));
        }
        return ways;
    }

    /** A filter to drop, and the search without it. */
    public record Loosen(String label, String href) {
    }

    /** The asset map's address for these filters and page: what the browser's address bar shows. */
    static String url(FinderForm f, int page) {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "q", f.q());
        put(query, "category", f.category());
        put(query, "neighbourhood", f.neighbourhood());
        put(query, "day", f.day());
        put(query, "age", f.age());
        if (f.free()) {
            query.put("free", "true");
        }
        if (f.stepFree()) {
            query.put("stepFree", "true");
        }
        if (page > 1) {
            query.put("page", String.valueOf(page));
        }
        StringBuilder url = new StringBuilder(AssetMapLinks.MAP);
        String sep = "?";
        for (Map.Entry<String, String> e : query.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(),
                    StandardCharsets.UTF_8));
            sep = "&";
        }
        return url.toString();
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (notBlank(value)) {
            query.put(name, value.strip());
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
