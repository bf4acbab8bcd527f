package org.carecommunities.forum.trust;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.domain.TrustLevel;
import org.carecommunities.forum.threads.ForumQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.forum.domain.ForumModerator;
import org.carecommunities.forum.domain.Post;
import org.carecommunities.forum.domain.PostReport;
import org.carecommunities.forum.domain.ThreadReader;
import org.carecommunities.forum.domain.TrustRules;
import org.carecommunities.forum.domain.TrustRules.Activity;
import org.carecommunities.forum.domain.TrustRules.Requirement;
import org.carecommunities.identity.MemberDetails;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * The forum module's facade for trust: what level a member has earned (account age, days visited, posts read,
 * posts made and kept, against the thresholds in configuration), what each level allows, and what a member's
 * report weighs. Moderators of any neighbourhood and staff (see {@link MemberDetails#staff()}) have full trust.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Trust {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ForumQueries queries;

    @Inject
    @ConfigProperty(name = "trust.member.account.days", defaultValue = "1")
    long memberAccountDays;
    @Inject
    @ConfigProperty(name = "trust.member.days.visited", defaultValue = "2")
    long memberDaysVisited;
    @Inject
    @ConfigProperty(name = "trust.member.posts.read", defaultValue = "10")
    long memberPostsRead;
    @Inject
    @ConfigProperty(name = "trust.member.posts", defaultValue = "0")
    long memberPosts;

    @Inject
    @ConfigProperty(name = "trust.regular.account.days", defaultValue = "30")
    long regularAccountDays;
    @Inject
    @ConfigProperty(name = "trust.regular.days.visited", defaultValue = "10")
    long regularDaysVisited;
    @Inject
    @ConfigProperty(name = "trust.regular.posts.read", defaultValue = "100")
    long regularPostsRead;
    @Inject
    @ConfigProperty(name = "trust.regular.posts", defaultValue = "5")
    long regularPosts;

    /** Posts a new member may send in a minute (everyone else: forum.posts.per.minute). */
    @Inject
    @ConfigProperty(name = "forum.new.posts.per.minute", defaultValue = "1")
    int newPostsPerMinute;

    /** Web addresses a new member's post may hold (spam rarely comes without them). */
    @Inject
    @ConfigProperty(name = "forum.new.links.per.post", defaultValue = "2")
    int newLinksPerPost;

    /** The member's level now. */
    public TrustLevel levelOf(MemberDetails member) {
        return staff(member) ? TrustLevel.FULL
                : TrustRules.level(false, activity(member), memberRequirement(), regularRequirement());
    }

    /** The member's level, what it allows, and what the next one needs. */
    public TrustStanding standing(MemberDetails member) {
        if (staff(member)) {
            return new TrustStanding(TrustLevel.FULL, allows(TrustLevel.FULL), null, List.of());
        }
        Activity done = activity(member);
        TrustLevel level = TrustRules.level(false, done, memberRequirement(), regularRequirement());
        return switch (level) {
            case NEW -> new TrustStanding(level, allows(level), TrustLevel.MEMBER,
                    memberRequirement().missing(done));
            case MEMBER -> new TrustStanding(level, allows(level), TrustLevel.REGULAR,
                    regularRequirement().missing(done));
            default -> new TrustStanding(level, allows(level), null, List.of());
        };
    }

    /** What a report by this member, at this level, weighs now: the level's weight times their accuracy so far. */
    public int reportWeight(MemberDetails reporter, TrustLevel level) {
        long upheld = 0;
        long rejected = 0;
        for (Object[] row : em.createNamedQuery(PostReport.DECIDED_BY, Object[].class)
                .setParameter("reporter", reporter.id()).getResultList()) {
            if (Boolean.TRUE.equals(row[0])) {
                upheld = ((Number) row[1]).longValue();
            } else {
                rejected = ((Number) row[1]).longValue();
            }
        }
        return TrustRules.reportWeight(level, upheld, rejected);
    }

    /** Posts a member at this level may send in a minute, given the limit for everyone else. */
    public int postsPerMinute(TrustLevel level, int everyoneElse) {
        return level == TrustLevel.NEW ? Math.min(newPostsPerMinute, everyoneElse) : everyoneElse;
    }

    /** Web addresses a post by a member at this level may hold, or -1 for no limit. */
    public int linksPerPost(TrustLevel level) {
        return level == TrustLevel.NEW ? newLinksPerPost : -1;
    }

    private List<String> allows(TrustLevel level) {
        List<String> allows = new ArrayList<>();
        switch (level) {
            case NEW -> {
                allows.add(Text.t("forum.trust.new.posts", "posts", newPostsPerMinute, "links", newLinksPerPost));
                allows.add(Text.t("forum.trust.new.reports"));
            }
            case MEMBER -> {
                allows.add(Text.t("forum.trust.member.posts"));
                allows.add(Text.t("forum.trust.member.reports"));
            }
            case REGULAR -> {
                allows.add(Text.t("forum.trust.member.posts"));
                allows.add(Text.t("forum.trust.regular.reports"));
            }
            case FULL -> {
                allows.add(Text.t("forum.trust.full.why"));
                allows.add(Text.t("forum.trust.full.reports"));
            }
        }
        allows.add(Text.t("forum.trust.turnedDown"));
        return allows;
    }

    private boolean staff(MemberDetails member) {
        return member.staff() || !em.createNamedQuery(ForumModerator.NEIGHBOURHOODS_OF, Long.class)
                .setParameter("member", member.id()).setMaxResults(1).getResultList().isEmpty();
    }

    private Activity activity(MemberDetails member) {
        Number read = em.createNamedQuery(ThreadReader.POSTS_READ, Number.class).setParameter("member", member.id())
                .getSingleResult();
        long posts = em.createNamedQuery(Post.KEPT_BY, Long.class).setParameter("author", member.id())
                .getSingleResult();
        long days = member.joinedAt() == null ? 0
                : Math.max(0, Duration.between(member.joinedAt(), queries.now()).toDays());
        return new Activity(days, member.daysVisited(), read == null ? 0 : read.longValue(), posts);
    }

    private Requirement memberRequirement() {
        return new Requirement(memberAccountDays, memberDaysVisited, memberPostsRead, memberPosts);
    }

    private Requirement regularRequirement() {
        return new Requirement(regularAccountDays, regularDaysVisited, regularPostsRead, regularPosts);
    }
}
