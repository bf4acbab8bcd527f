package org.carecommunities.neighbourhood.web;

import org.carecommunities.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import org.carecommunities.platform.Navigation;

import java.util.List;

/** The header's first entry: finding a neighbourhood, its pages and its organisations' pages. */
@ApplicationScoped
public class NeighbourhoodNavigation implements Navigation {

    private static final List<String> COVERS = List.of(Routes.HOME, Routes.NEIGHBOURHOODS, Routes.ORGANISATIONS);

    /** Its label in the reader's language. */
    @Override
    public List<Entry> entries() {
        return List.of(new Entry(10, Text.t("neighbourhood.neighbourhood.neighbourhoods"),
                Routes.HOME, COVERS, 0));
    }
}
