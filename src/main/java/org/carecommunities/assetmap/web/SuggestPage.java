package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.SuggestionKind;
import org.carecommunities.platform.Errors;

/** The form for suggesting an improvement to a service's listing, and its thanks once sent. */
public record SuggestPage(String serviceId, String service, String group, SuggestionForm form, Errors errors,
                          boolean sent) {

    static final String TEMPLATE = "assetmap/suggest.jte";

    public String action() {
        return AssetMapLinks.service(serviceId) + "/suggest";
    }

    public String serviceUrl() {
        return AssetMapLinks.service(serviceId);
    }

    public SuggestionKind[] kinds() {
        return SuggestionKind.values();
    }
}
