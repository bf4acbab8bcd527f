package org.carecommunities.partnership.news;

/**
 * News that falls due with time rather than with an act (an agreement's review date arriving): each sub-domain
 * that has such news implements this, and {@link Followers} asks every one to tell what has fallen due before a
 * member's news is read or counted. The news package owns it so that it depends on none of its writers.
 */
public interface NewsDue {

    /** Tells the news that has fallen due since it was last asked; cheap when asked often. */
    void tellDue();
}
