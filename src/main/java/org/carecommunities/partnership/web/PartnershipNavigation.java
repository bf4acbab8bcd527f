package org.carecommunities.partnership.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Navigation;

import java.util.List;

/** "Partnerships" in the header, after the forums: the boards and what they agreed. */
@ApplicationScoped
public class PartnershipNavigation implements Navigation {

    private static final List<Entry> ENTRIES = List.of(new Entry(30, "Partnerships", PartnershipLinks.BOARDS,
            List.of(PartnershipLinks.BOARDS), 0));

    @Override
    public List<Entry> entries() {
        return ENTRIES;
    }
}
