package org.carecommunities.partnership.web;

import org.carecommunities.platform.Text;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.meetings.MeetingList;

/** Every meeting of a neighbourhood's board, a page at a time: coming ones first, then past ones, latest first. */
public record MeetingsPage(MeetingList list) {

    static final String TEMPLATE = "partnership/meetings.jte";
    static final int SIZE = 25;

    public String board() {
        return PartnershipLinks.board(list.place().slug());
    }

    public String previous() {
        return list.meetings().hasPrevious() ? PartnershipLinks.meetings(list.place().slug(),
                list.meetings().page() - 1) : null;
    }

    public String next() {
        return list.meetings().hasNext() ? PartnershipLinks.meetings(list.place().slug(),
                list.meetings().page() + 1) : null;
    }

    public String pageLabel() {
        return Text.t("platform.pages.pageOf", "page", list.meetings().page(), "pages", list.meetings().pages());
    }
}
