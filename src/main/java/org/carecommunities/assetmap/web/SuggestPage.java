package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.domain.SuggestionKind;
import org.carecommunities.platform.Choice;

import java.util.List;
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

    public List<Choice> kinds() {
        return java.util.Arrays.stream(SuggestionKind.values()).map(k -> new Choice(k.name(), k.label())).toList();
    }
}
