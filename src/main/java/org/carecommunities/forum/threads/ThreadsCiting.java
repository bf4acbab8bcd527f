package org.carecommunities.forum.threads;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.ForumLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.assetmap.CitedBy;
import org.carecommunities.forum.domain.ForumThread;

import java.util.List;

/**
 * The threads whose posts cite a service, for the service's page: only posts that stand (not deleted, not hidden),
 * in threads whose opening post is not hidden; the most recently active first.
 */
@ApplicationScoped
public class ThreadsCiting implements CitedBy {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Citing> citing(String serviceId, int most) {
        return em.createQuery("SELECT DISTINCT t FROM Post p JOIN p.cites c JOIN p.thread t JOIN FETCH t.forum "
                        + "WHERE c = :service AND p.deletedAt IS NULL AND p.hiddenAt IS NULL AND "
                        + ForumThread.OPENING_SHOWN + " ORDER BY t.lastActivityAt DESC", ForumThread.class)
                .setParameter("service", serviceId).setMaxResults(most).getResultStream()
                .map(t -> new Citing(t.proposalStatus() != null ? "Proposal" : "Thread", t.title(),
                        ForumLinks.thread(t.forum().slug(), t.id()),
                        Text.t("forum.threadList.in", "forum", t.forum().name())))
                .toList();
    }
}
