package org.carecommunities.neighbourhood.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.carecommunities.platform.Navigation;

import java.util.List;

/** The header's first entry: finding a neighbourhood, its pages and its organisations' pages. */
@ApplicationScoped
public class NeighbourhoodNavigation implements Navigation {

    private static final List<Entry> ENTRIES = List.of(new Entry(10, "Neighbourhoods", Routes.HOME,
            List.of(Routes.HOME, Routes.NEIGHBOURHOODS, Routes.ORGANISATIONS), 0));

    @Override
    public List<Entry> entries() {
        return ENTRIES;
    }
}
