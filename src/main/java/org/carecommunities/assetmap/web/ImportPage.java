package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Choice;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.openreferral.FeedImports;
import org.carecommunities.assetmap.openreferral.OpenReferralImport;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Csrf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The import page: a directory taken in by its feed's address, or from a file of its records; the forms with what
 * was typed and any errors beside the form they belong to ({@code form}: "feed" or "file"); after a file, its
 * report; and the feeds taken in so far.
 */
public record ImportPage(List<Choice> neighbourhoods, String neighbourhood, Errors errors,
                         OpenReferralImport.Report report, String form, String url, boolean refresh,
                         List<FeedImports.Feed> feeds) {

    static final String TEMPLATE = "assetmap/import.jte";

    /**
     * Where the file form goes. A file is sent as multipart, whose fields the CSRF check cannot read before the
     * resource does, so the token goes in the address.
     */
    public String action(String token) {
        return AssetMapLinks.IMPORT + "?" + Csrf.FIELD + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public String feedAction() {
        return AssetMapLinks.IMPORT + "/feeds";
    }

    /** The errors of this form (the other form's are not shown beside it). */
    public Errors errorsOf(String which) {
        return which.equals(form) ? errors : Errors.NONE;
    }

    public String value(String which, String typed) {
        return which.equals(form) && typed != null ? typed : "";
    }

    public int maxMegabytes() {
        return OpenReferralImport.MAX_BYTES / (1024 * 1024);
    }

    public static String runHref(long run) {
        return AssetMapLinks.IMPORT + "/runs/" + run;
    }

    public static String when(LocalDateTime at) {
        return at == null ? "" : Dates.shown(at);
    }
}
