package org.carecommunities.assetmap;

import java.util.List;

/**
 * Choosing services to cite while writing: the services already chosen (ticked) and, for the words typed, the
 * published services they find (not ticked). The form carries the ticked ones as {@code cite} fields, so the
 * choice survives another search, a form sent back with errors, and pages without JavaScript.
 */
public record ServicePicker(String words, List<ServiceCard> chosen, List<ServiceCard> found, boolean searched) {

    /** The element htmx swaps with the choices for new words. */
    public static final String ID = "cite-choices";
    /** The most services one post or commitment cites. */
    public static final int MOST = 5;
    /** The most services one search offers. */
    public static final int FOUND_MAX = 8;
    /** The form's button that, without JavaScript, finds services for the words and shows the form again. */
    public static final String FIND = "find-services";
    /** Where the choices come from as words are typed. */
    public static final String URL = AssetMapLinks.MAP + "/cite";

    public ServicePicker {
        words = words == null ? "" : words;
        chosen = List.copyOf(chosen);
        found = List.copyOf(found);
    }

    public static ServicePicker none() {
        return new ServicePicker("", List.of(), List.of(), false);
    }

    public boolean full() {
        return chosen.size() >= MOST;
    }
}
