package org.carecommunities.partnership.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Navigation;
import org.carecommunities.platform.Text;

import java.util.List;

/** "Partnerships" in the header, after the forums: the boards and what they agreed. */
@ApplicationScoped
public class PartnershipNavigation implements Navigation {

    /** Its label in the reader's language. */
    @Override
    public List<Entry> entries() {
        return List.of(new Entry(30, Text.t("partnership.navigation.partnerships"),
                PartnershipLinks.BOARDS, List.of(PartnershipLinks.BOARDS), 0));
    }
}
