package org.carecommunities.forum.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carecommunities.forum.news.Following;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.platform.Navigation;
import org.carecommunities.platform.Text;

import java.util.ArrayList;
import java.util.List;

/** The forums in the header, and for a member, what is new for them with how many things wait there. */
@ApplicationScoped
public class ForumNavigation implements Navigation {

    @Inject
    CurrentMember current;

    @Inject
    Following following;

    @Override
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(List.of(new Entry(20, Text.t("forum.navigation.forums"),
                ForumRoutes.FORUMS, List.of(ForumRoutes.FORUMS), 0)));
        current.member().ifPresent(member -> entries.add(new Entry(90, Text.t("forum.navigation.newForYou"),
                ForumRoutes.WHATS_NEW,
                List.of(ForumRoutes.WHATS_NEW), following.unreadCount(member.id()))));
        return entries;
    }
}
