package org.carecommunities.forum.moderation;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.threads.ForumQueries;
import org.carecommunities.forum.Forums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.forum.domain.Forum;
import org.carecommunities.forum.domain.ForumModerator;
import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.forum.domain.ModerationAction;
import org.carecommunities.forum.domain.ModerationAction.Subject;
import org.carecommunities.forum.domain.Post;
import org.carecommunities.forum.domain.PostReport;
import org.carecommunities.forum.domain.Suspension;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.identity.Role;
import org.carecommunities.identity.Members;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.RichText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * The forum module's facade for moderators. Every method takes the neighbourhoods the moderator moderates (every
 * one for an admin; the web layer works that out from the role) and refuses anything outside them. Every action
 * is recorded: who, what, to what, why and when.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class ForumModeration {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 500;
    /** The longest reason a moderator may give for anything they do; members are shown it. */
    public static final int REASON_MAX = ModerationAction.REASON_MAX;

    private static Refusal notModerated() {
        return Refusal.notPermitted(Text.t("forum.moderation.notModerated"));
    }

    private static Refusal noMember() {
        return Refusal.notFound(Text.t("forum.moderation.noMember"));
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    ForumQueries queries;

    /** As in {@link Forums}: how many regulars' reports hide a post (shown beside the reports' weight). */
    @Inject
    @ConfigProperty(name = "forum.reports.to.hide", defaultValue = "3")
    int reportsToHide;

    /**
     * The neighbourhoods whose forums this person may moderate, worked out here for every action and view (never
     * taken from a caller): every neighbourhood for an admin, those they were appointed to for a member with the
     * moderator role, none for anyone else (signed out: null).
     */
    public Set<Long> scope(MemberDetails member) {
        if (member == null) {
            return Set.of();
        }
        if (member.has(Role.ADMIN)) {
            return queries.neighbourhoods.all().stream().map(NeighbourhoodSummary::id)
                    .collect(java.util.stream.Collectors.toSet());
        }
        return member.has(Role.MODERATOR) ? moderatedBy(member.id()) : Set.of();
    }

    /** The neighbourhoods whose forums a member was appointed to moderate. */
    public Set<Long> moderatedBy(long memberId) {
        return new HashSet<>(em.createNamedQuery(ForumModerator.NEIGHBOURHOODS_OF, Long.class)
                .setParameter("member", memberId).getResultList());
    }

    /**
     * Who moderates those neighbourhoods, by neighbourhood and name. (They also need the realm role moderator,
     * given in Keycloak, to act.)
     */
    public List<ModeratorRow> moderators(MemberDetails viewer) {
        Set<Long> neighbourhoods = scope(viewer);
        if (neighbourhoods.isEmpty()) {
            return List.of();
        }
        List<ForumModerator> found = em.createNamedQuery(ForumModerator.IN, ForumModerator.class)
                .setParameter("neighbourhoods", neighbourhoods).getResultList();
        Map<Long, String> names = members.displayNames(found.stream().map(ForumModerator::memberId).toList());
        Map<Long, String> places = found.isEmpty() ? Map.of() : queries.neighbourhoods.names();
        return found.stream().map(m -> new ModeratorRow(m.memberId(),
                        names.getOrDefault(m.memberId(), Text.t("forum.post.formerMember")), m.neighbourhoodId(),
                        places.getOrDefault(m.neighbourhoodId(), "")))
                .sorted(java.util.Comparator.comparing(ModeratorRow::neighbourhood)
                        .thenComparing(ModeratorRow::member)).toList();
    }

    /** An admin makes a member a moderator of a neighbourhood's forums. */
    public Outcome<Void> appoint(long memberId, long neighbourhoodId, MemberDetails admin) {
        Set<Long> neighbourhoods = scope(admin);
        return changeModerator(memberId, neighbourhoodId, admin, neighbourhoods, true);
    }

    /** An admin stops a member moderating a neighbourhood's forums. */
    public Outcome<Void> standDown(long memberId, long neighbourhoodId, MemberDetails admin) {
        Set<Long> neighbourhoods = scope(admin);
        return changeModerator(memberId, neighbourhoodId, admin, neighbourhoods, false);
    }

    /** Appoints or stands down, once, recorded; refused outside the neighbourhoods the admin looks after. */
    private Outcome<Void> changeModerator(long memberId, long neighbourhoodId, MemberDetails admin,
                                          Set<Long> neighbourhoods, boolean appoint) {
        if (admin == null || !admin.has(Role.ADMIN)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("forum.moderators.adminOnly")));
        }
        if (!neighbourhoods.contains(neighbourhoodId)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("forum.moderators.notYours")));
        }
        String name = memberName(memberId);
        if (name == null) {
            return Outcome.refused(noMember());
        }
        ForumModerator moderator = em.find(ForumModerator.class, ForumModerator.key(memberId, neighbourhoodId));
        Subject subject = Subject.moderator(memberId, name);
        if (appoint && moderator == null) {
            em.persist(new ForumModerator(memberId, neighbourhoodId));
            record(admin, neighbourhoodId, "appointed", subject, "");
        } else if (!appoint && moderator != null) {
            em.remove(moderator);
            record(admin, neighbourhoodId, "stood down", subject, "");
        }
        return Outcome.done();
    }

    /**
     * Posts to review in those neighbourhoods, oldest first: hidden ones and reported ones, with the reports and
     * what each weighed. Never the reviewer's own posts: reports of a moderator's post go to the neighbourhood's
     * other moderators and the admins.
     */
    public List<ModerationItem> queue(MemberDetails reviewer) {
        Set<Long> neighbourhoods = scope(reviewer);
        long reviewerId = reviewer == null ? 0 : reviewer.id();
        if (neighbourhoods.isEmpty()) {
            return List.of();
        }
        return items(em.createNamedQuery(Post.TO_REVIEW, Post.class).setParameter("neighbourhoods", neighbourhoods)
                .setParameter("reviewer", reviewerId).getResultList());
    }

    /** One post as a moderator of its neighbourhood sees it (hidden or not); empty when it is not theirs. */
    public Optional<ModerationItem> post(long postId, MemberDetails viewer) {
        Set<Long> neighbourhoods = scope(viewer);
        Post post = em.find(Post.class, postId);
        if (post == null || !neighbourhoods.contains(post.thread().forum().neighbourhoodId())) {
            return Optional.empty();
        }
        return Optional.of(items(List.of(post)).get(0));
    }

    private List<ModerationItem> items(List<Post> posts) {
        List<PostReport> open = posts.isEmpty() ? List.of() : em.createNamedQuery(PostReport.OPEN_FOR, PostReport.class)
                .setParameter("posts", posts.stream().map(Post::id).toList()).getResultList();
        List<Long> people = new ArrayList<>(posts.stream().map(Post::authorId).toList());
        open.forEach(r -> people.add(r.reporterId()));
        Map<Long, String> names = members.displayNames(people);
        Map<Long, List<ModerationItem.Report>> reports = new HashMap<>();
        open.forEach(r -> reports.computeIfAbsent(r.post().id(), k -> new ArrayList<>()).add(new ModerationItem.Report(
                r.reason(), names.getOrDefault(r.reporterId(), Text.t("forum.post.formerMember")),
                        r.reporterLevel().label(), r.weight())));
        return posts.stream().map(p -> new ModerationItem(p.id(), p.thread().forum().slug(), p.thread().id(),
                p.thread().title(), p.position(), p.authorId(), names.getOrDefault(p.authorId(),
                        Text.t("forum.post.formerMember")),
                p.thread().forum().neighbourhoodId(),
                p.deleted() ? Text.t("forum.moderation.deletedByAuthor") : RichText.plain(p.body()),
                p.hidden(), p.hiddenReason(), reports.getOrDefault(p.id(), List.of()), reportsToHide * 100)).toList();
    }

    /**
     * A moderator shows a hidden post again, or keeps a reported one shown; its open reports are closed as not
     * upheld. Refused for the moderator's own post: another moderator decides on reports of it.
     */
    public Outcome<Void> restore(long postId, MemberDetails moderator, String reason) {
        Set<Long> neighbourhoods = scope(moderator);
        Post own = em.find(Post.class, postId);
        if (own != null && own.authorId() == moderator.id()) {
            return Outcome.refused(Refusal.notPermitted("reason", Text.t("forum.moderation.ownPosts")));
        }
        return onPost(postId, neighbourhoods, post -> {
            post.restore();
            resolveReports(post, false);
            record(moderator, post.thread().forum(), "restored", Subject.post(post), reason);
        });
    }

    /** A moderator hides a post, or keeps it hidden; its open reports are closed as upheld. */
    public Outcome<Void> hide(long postId, MemberDetails moderator, String reason) {
        Set<Long> neighbourhoods = scope(moderator);
        return onPost(postId, neighbourhoods, post -> {
            post.hide(Post.HiddenBy.MODERATOR, reason, now());
            resolveReports(post, true);
            record(moderator, post.thread().forum(), "hid", Subject.post(post), reason);
        });
    }

    private void resolveReports(Post post, boolean upheld) {
        em.createNamedQuery(PostReport.OPEN_FOR, PostReport.class).setParameter("posts", List.of(post.id()))
                .getResultList().forEach(r -> r.resolve(upheld, now()));
    }

    /** Locks a thread: it can be read, and takes no replies or support until unlocked. */
    public Outcome<Void> lock(long threadId, MemberDetails moderator, String reason) {
        Set<Long> neighbourhoods = scope(moderator);
        return onThread(threadId, neighbourhoods, thread -> {
            thread.lock(reason, now());
            record(moderator, thread.forum(), "locked", Subject.thread(thread), reason);
        });
    }

    public Outcome<Void> unlock(long threadId, MemberDetails moderator, String reason) {
        Set<Long> neighbourhoods = scope(moderator);
        return onThread(threadId, neighbourhoods, thread -> {
            thread.unlock();
            record(moderator, thread.forum(), "unlocked", Subject.thread(thread), reason);
        });
    }

    /** Pins a thread to the top of its forum. */
    public Outcome<Void> pin(long threadId, MemberDetails moderator, String reason) {
        Set<Long> neighbourhoods = scope(moderator);
        return onThread(threadId, neighbourhoods, thread -> {
            thread.pin(now());
            record(moderator, thread.forum(), "pinned", Subject.thread(thread), reason);
        });
    }

    public Outcome<Void> unpin(long threadId, MemberDetails moderator, String reason) {
        Set<Long> neighbourhoods = scope(moderator);
        return onThread(threadId, neighbourhoods, thread -> {
            thread.unpin();
            record(moderator, thread.forum(), "unpinned", Subject.thread(thread), reason);
        });
    }

    /**
     * Stops a member posting, replying, changing posts and supporting proposals in a neighbourhood's forums for a
     * period. They can still read, and are told why and until when. Returns the suspension's id.
     */
    public Outcome<Long> suspend(long memberId, long neighbourhoodId, MemberDetails moderator, Duration period,
                                String reason) {
        Set<Long> neighbourhoods = scope(moderator);
        if (!neighbourhoods.contains(neighbourhoodId)) {
            return Outcome.refused(notModerated());
        }
        if (memberId == moderator.id()) {
            return Outcome.refused(Refusal.notPermitted("reason", Text.t("forum.moderatePost.notYourself")));
        }
        String name = memberName(memberId);
        if (name == null) {
            return Outcome.refused(noMember());
        }
        Suspension suspension = new Suspension(memberId, neighbourhoodId, period, reason, moderator.id(), now());
        em.persist(suspension);
        em.flush();
        record(moderator, neighbourhoodId, "suspended",
                Subject.suspended(memberId, name, suspension.endsAt()), reason);
        return Outcome.done(suspension.id());
    }

    /** When the member's suspension in the neighbourhood ends; empty when they are not suspended there. */
    public Optional<LocalDateTime> suspendedUntil(long memberId, long neighbourhoodId) {
        return queries.suspension(memberId, neighbourhoodId).map(Suspension::endsAt);
    }

    /** The display name of a member a moderator acts on; null when there is no such member. */
    private String memberName(long memberId) {
        return members.displayNames(List.of(memberId)).get(memberId);
    }

    /** Ends a suspension early. */
    public Outcome<Void> lift(long suspensionId, MemberDetails moderator,
                              String reason) {
        Set<Long> neighbourhoods = scope(moderator);
        Suspension suspension = em.find(Suspension.class, suspensionId);
        if (suspension == null || !neighbourhoods.contains(suspension.neighbourhoodId())) {
            return Outcome.refused(notModerated());
        }
        if (suspension.memberId() == moderator.id()) {
            return Outcome.refused(Refusal.notPermitted("reason", Text.t("forum.moderation.ownSuspension")));
        }
        suspension.lift(now());
        // a former member's name is null, and said when the log is read
        String name = members.displayNames(List.of(suspension.memberId())).get(suspension.memberId());
        record(moderator, suspension.neighbourhoodId(), "lifted the suspension of",
                Subject.member(suspension.memberId(), name), reason);
        return Outcome.done();
    }

    /** Suspensions in force in those neighbourhoods, ending soonest first. */
    public List<SuspensionRow> suspensions(MemberDetails viewer) {
        Set<Long> neighbourhoods = scope(viewer);
        if (neighbourhoods.isEmpty()) {
            return List.of();
        }
        List<Suspension> found = em.createNamedQuery(Suspension.ACTIVE_IN, Suspension.class)
                .setParameter("neighbourhoods", neighbourhoods).setParameter("now", now()).getResultList();
        Map<Long, String> names = members.displayNames(found.stream()
                .flatMap(s -> Stream.of(s.memberId(), s.suspendedBy())).toList());
        Map<Long, String> places = found.isEmpty() ? Map.of() : queries.neighbourhoods.names();
        return found.stream().map(s -> new SuspensionRow(s.id(), s.memberId(),
                names.getOrDefault(s.memberId(), Text.t("forum.post.formerMember")), places.get(s.neighbourhoodId()),
                s.reason(), names.getOrDefault(s.suspendedBy(), Text.t("forum.moderation.aModerator")),
                        s.endsAt())).toList();
    }

    /**
     * Creates a themed forum in a neighbourhood the moderator moderates. Names are unique in a neighbourhood.
     * Returns the new forum's slug.
     */
    public Outcome<String> createForum(long neighbourhoodId, String name, String description,
                                       MemberDetails moderator) {
        Set<Long> neighbourhoods = scope(moderator);
        if (!neighbourhoods.contains(neighbourhoodId)) {
            return Outcome.refused(Refusal.notPermitted("neighbourhood", Text.t("forum.moderation.notModerated")));
        }
        String cleanName = name.strip();
        boolean taken = em.createNamedQuery(Forum.IN_NEIGHBOURHOOD, Forum.class)
                .setParameter("neighbourhood", neighbourhoodId).getResultStream()
                .anyMatch(f -> f.name().equalsIgnoreCase(cleanName));
        if (taken) {
            return Outcome.refused(Refusal.conflict("name", Text.t("forum.newForum.taken", "name", cleanName)));
        }
        String place = queries.neighbourhoods.byId(neighbourhoodId).map(n -> n.slug()).orElse(null);
        if (place == null) {
            return Outcome.refused(Refusal.invalid("neighbourhood", Text.t("forum.newForum.chooseANeighbourhood")));
        }
        String slug = freeSlug(place + "-" + slugOf(cleanName));
        Forum forum = new Forum(neighbourhoodId, slug, cleanName,
                description == null || description.isBlank() ? null : description.strip(), false, now());
        em.persist(forum);
        em.flush();
        record(moderator, neighbourhoodId, "created", Subject.forum(forum), "");
        return Outcome.done(slug);
    }

    private String freeSlug(String wanted) {
        String base = wanted.length() > 72 ? wanted.substring(0, 72).replaceAll("-+$", "") : wanted;
        String slug = base;
        for (int n = 2; queries.forumBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    public static String slugOf(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "forum" : slug;
    }

    /** Every moderation action in those neighbourhoods, newest first. */
    public List<ModerationLogEntry> log(MemberDetails viewer, int limit) {
        Set<Long> neighbourhoods = scope(viewer);
        if (neighbourhoods.isEmpty()) {
            return List.of();
        }
        List<ModerationAction> actions = em.createNamedQuery(ModerationAction.IN, ModerationAction.class)
                .setParameter("neighbourhoods", neighbourhoods).setMaxResults(limit).getResultList();
        Map<Long, String> names = members.displayNames(actions.stream().map(ModerationAction::moderatorId).toList());
        return actions.stream().map(a -> new ModerationLogEntry(names.getOrDefault(a.moderatorId(),
                Text.t("forum.moderation.aModerator")), a.said(), a.subject(), a.postId(), a.threadId(),
                a.reasonSaid(), a.createdAt())).toList();
    }

    /** Acts on a post in a neighbourhood the moderator moderates; refused for any other. */
    private Outcome<Void> onPost(long postId, Set<Long> neighbourhoods, Consumer<Post> action) {
        Post post = em.find(Post.class, postId);
        if (post == null || !neighbourhoods.contains(post.thread().forum().neighbourhoodId())) {
            return Outcome.refused(Refusal.notPermitted(Text.t("forum.moderation.notPostsNeighbourhood")));
        }
        action.accept(post);
        return Outcome.done();
    }

    /** Acts on a thread in a neighbourhood the moderator moderates; refused for any other. */
    private Outcome<Void> onThread(long threadId, Set<Long> neighbourhoods, Consumer<ForumThread> action) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || !neighbourhoods.contains(thread.forum().neighbourhoodId())) {
            return Outcome.refused(Refusal.notPermitted(Text.t("forum.moderation.notYourNeighbourhood")));
        }
        action.accept(thread);
        return Outcome.done();
    }

    private void record(MemberDetails moderator, Forum forum, String action, Subject subject, String reason) {
        record(moderator, forum.neighbourhoodId(), action, subject, reason);
    }

    private void record(MemberDetails moderator, long neighbourhoodId, String action, Subject subject,
                        String reason) {
        em.persist(new ModerationAction(moderator.id(), neighbourhoodId, action, subject, reason, now()));
    }

    private LocalDateTime now() {
        return queries.now();
    }
}
