package org.carecommunities.forum.web;

import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.ForumSummary;

import java.util.List;

/** Every neighbourhood's forums, with the way to what's new for members and to moderation for moderators. */
public record ForumsPage(List<NeighbourhoodForums> neighbourhoods, boolean signedIn, boolean moderator) {

    /** One neighbourhood and its forums, general first. */
    public record NeighbourhoodForums(String name, List<ForumSummary> forums) {

        /** The neighbourhood's own page. */
        public String href() {
            return forums.get(0).neighbourhood().href();
        }

        public String href(ForumSummary forum) {
            return ForumLinks.forum(forum.slug());
        }
    }
}
