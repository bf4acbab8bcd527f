package org.carecommunities.forum.news;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.ForumLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.neighbourhood.DigestPart;
import org.carecommunities.neighbourhood.DigestSection;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The forums' part of a neighbourhood's weekly email: new threads in the forums the member joined there, and the
 * threads they follow that others replied to, with how many replies. Nothing hidden or deleted is counted.
 */
@ApplicationScoped
public class ForumDigest implements DigestSection {

    private static final int MOST = 10;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<DigestPart> parts(long neighbourhoodId, long memberId, LocalDateTime since) {
        List<DigestPart.Line> threads = em.createQuery("SELECT t FROM ForumThread t JOIN FETCH t.forum f WHERE "
                        + "f.neighbourhoodId = :neighbourhood AND t.createdAt > :since AND t.authorId <> :member AND "
                        + "f.id IN (SELECT m.id.forumId FROM ForumMembership m WHERE m.id.memberId = :member) AND NOT "
                        + "EXISTS (SELECT o FROM Post o WHERE o.thread = t AND o.position = 0 AND (o.hiddenAt IS NOT "
                        + "NULL OR o.deletedAt IS NOT NULL)) ORDER BY t.createdAt DESC", ForumThread.class)
                .setParameter("neighbourhood", neighbourhoodId).setParameter("since", since)
                .setParameter("member", memberId).setMaxResults(MOST).getResultStream()
                .map(t -> new DigestPart.Line(t.title(), ForumLinks.thread(t.forum().slug(), t.id()),
                        Text.t(t.proposalStatus() != null ? "forum.digest.proposalIn" : "forum.digest.in",
                                "forum", t.forum().name())))
                .toList();
        List<?> rows = em.createQuery("SELECT t.id, t.title, f.slug, COUNT(p) FROM Post p JOIN p.thread t JOIN "
                        + "t.forum f WHERE f.neighbourhoodId = :neighbourhood AND p.position > 0 AND p.createdAt > "
                        + ":since AND p.authorId <> :member AND p.deletedAt IS NULL AND p.hiddenAt IS NULL AND t.id IN "
                        + "(SELECT r.threadId FROM ThreadReader r WHERE r.memberId = :member AND r.followedAt IS NOT "
                        + "NULL) GROUP BY t.id, t.title, f.slug ORDER BY COUNT(p) DESC, t.title")
                .setParameter("neighbourhood", neighbourhoodId).setParameter("since", since)
                .setParameter("member", memberId).setMaxResults(MOST).getResultList();
        List<DigestPart.Line> replies = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long count = ((Number) r[3]).longValue();
            replies.add(new DigestPart.Line((String) r[1], ForumLinks.thread((String) r[2], ((Number) r[0])
                    .longValue()), Text.t("forum.newReplies", "count", count)));
        }
        return List.of(new DigestPart(Text.t("forum.whatsNew.newThreadsInYour"), threads),
                new DigestPart(Text.t("forum.digest.replies"), replies));
    }
}
