package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.OpenReferralImport;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.web.CsrfFilter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The import form, with the neighbourhood chosen and any errors; after an import, its report. */
public record ImportPage(List<FinderPage.Choice> neighbourhoods, String neighbourhood, Errors errors,
                         OpenReferralImport.Report report) {

    static final String TEMPLATE = "assetmap/import.jte";

    /**
     * Where the form goes. A file is sent as multipart, whose fields the CSRF check cannot read before the
     * resource does, so the token goes in the address.
     */
    public String action(String token) {
        return AssetMapLinks.IMPORT + "?" + CsrfFilter.FIELD + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public boolean chosen(String value) {
        return value.equals(neighbourhood);
    }

    public int maxMegabytes() {
        return OpenReferralImport.MAX_BYTES / (1024 * 1024);
    }
}
