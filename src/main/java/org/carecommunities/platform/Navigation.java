package org.carecommunities.platform;

import java.util.List;

/**
 * A module's entries in the header navigation, which the platform gathers from every module that has one (the
 * platform depends on none of them). Asked once per rendered page, for the person making the request.
 */
public interface Navigation {

    /** This module's entries for the current request; empty when it has none for this person. */
    List<Entry> entries();

    /**
     * One entry in the header.
     *
     * @param order  where it stands, lowest first
     * @param label  what it says
     * @param href   where it goes
     * @param covers path prefixes of the pages in this section; the entry with the longest prefix matching the
     *               current page is marked current ({@code "/"} covers the home page alone)
     * @param count  things waiting for the person there (shown as a number), or 0
     */
    record Entry(int order, String label, String href, List<String> covers, int count) {

        public Entry {
            covers = List.copyOf(covers);
        }

        /** How well this entry covers a path: the length of its longest matching prefix, or -1. */
        public int match(String path) {
            int best = -1;
            for (String prefix : covers) {
                boolean matches = "/".equals(prefix) ? "/".equals(path)
                        : path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
                if (matches) {
                    best = Math.max(best, prefix.length());
                }
            }
            return best;
        }
    }
}
