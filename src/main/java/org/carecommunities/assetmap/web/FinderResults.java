package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.search.ServiceRow;
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
            return Text.t("assetmap.results.checkFilters");
        }
        long total = found.total();
        String count = Text.t(form.any() ? "assetmap.results.matching" : "assetmap.results.listed", "count", total);
        return total > 0 && nearestFirst() ? Text.t("assetmap.results.nearestFirst", "count", count) : count;
    }

    /** Whether the results are in order of distance (from a postcode or the person's location). */
    public boolean nearestFirst() {
        return !errors.any() && !found.items().isEmpty() && found.items().get(0).distance() != null
                && !"name".equals(form.sort());
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
        return Text.t("platform.pages.pageOf", "page", found.page(), "pages", found.pages());
    }

    /** When nothing matches: each filter in use, with a link to the same search without it. */
    public List<Loosen> loosen() {
        List<Loosen> ways = new ArrayList<>();
        FinderForm f = form;
        if (notBlank(f.q())) {
            ways.add(loosen(Text.t("assetmap.results.withoutWords", "words", f.q().strip()), FinderForm.Filter.Q));
        }
        if (notBlank(f.category())) {
            ways.add(loosen(Text.t("assetmap.finder.anyCategory"), FinderForm.Filter.CATEGORY));
        }
        if (notBlank(f.neighbourhood())) {
            ways.add(loosen(Text.t("assetmap.finder.everyNeighbourhood"), FinderForm.Filter.NEIGHBOURHOOD));
        }
        if (notBlank(f.day())) {
            ways.add(loosen(Text.t("assetmap.finder.anyDay"), FinderForm.Filter.DAY));
        }
        if (notBlank(f.time()) || notBlank(f.from()) || notBlank(f.to())) {
            ways.add(loosen(Text.t("assetmap.results.anyTimeOfDay"), FinderForm.Filter.TIME));
        }
        if (notBlank(f.age())) {
            ways.add(loosen(Text.t("assetmap.results.anyAge"), FinderForm.Filter.AGE));
        }
        if (f.free()) {
            ways.add(loosen(Text.t("assetmap.results.paidToo"), FinderForm.Filter.FREE));
        }
        if (f.stepFree()) {
            ways.add(loosen(Text.t("assetmap.results.stepsToo"), FinderForm.Filter.STEP_FREE));
        }
        return ways;
    }

    private Loosen loosen(String label, FinderForm.Filter filter) {
        return new Loosen(label, url(form.without(filter), 1));
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
        put(query, "time", f.time());
        put(query, "from", f.from());
        put(query, "to", f.to());
        put(query, "age", f.age());
        if (f.free()) {
            query.put("free", "true");
        }
        if (f.stepFree()) {
            query.put("stepFree", "true");
        }
        put(query, "postcode", f.postcode());
        put(query, "near", f.near());
        put(query, "sort", f.sort());
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
