package org.carecommunities.forum.threads;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.platform.Like;
import org.carecommunities.platform.Paged;
import org.carecommunities.platform.Database;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finding threads by the words of their titles and posts. On PostgreSQL it is the database's English full-text
 * search (words matched by their stems, "walking" finds "walk"; the columns and GIN indexes are in
 * {@code db/postgresql/forum/}), best matches first: a title counts twice a post. A word in hundreds of thousands of
 * posts would rank them all for each search, so the ranking looks at the {@value #CANDIDATES} newest posts and
 * titles that match and says so. On the embedded database every word must be in the title or in one post, newest
 * first. Hidden and deleted posts are never matched, nor the title of a thread whose opening post is hidden.
 * Runs in the calling facade's transaction.
 */
@Dependent
public class ThreadSearch {

    /** The newest matching posts, and titles, that PostgreSQL ranks. */
    public static final int CANDIDATES = 1000;
    /** Words of a search the embedded database looks for; the rest are ignored. */
    static final int WORDS_MAX = 8;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ForumQueries queries;

    @Inject
    Database database;

    /** What a search found. */
    public record Found(Paged<ThreadRow> threads, boolean bestFirst, boolean more) {

        public long total() {
            return threads.total();
        }
    }

    /** A page of the threads matching the words, in one forum (by id) or all (null). */
    public Found search(String query, Long forumId, int page, int size) {
        return database.postgresql() ? fullText(query, forumId, page, size) : everyWord(query, forumId, page, size);
    }

    private Found fullText(String query, Long forumId, int page, int size) {
        String inForum = forumId == null ? "" : " AND t.forum_id = ?2";
        // the words are given in each place rather than once in a WITH, which the planner would not look into: it
        // then guessed how common they are, and walked every post for a rare word
        String words = "websearch_to_tsquery('english', ?1)";
        String hits = "WITH posts AS (SELECT p.thread_id, ts_rank(p.body_words, " + words + ", 1) AS rank "
                + "FROM forum_post p" + (forumId == null ? "" : " JOIN forum_thread t ON t.id = p.thread_id")
                + " WHERE p.body_words @@ " + words
                + " AND p.deleted_at IS NULL AND p.hidden_at IS NULL" + inForum
                + " ORDER BY p.id DESC LIMIT " + CANDIDATES + "), "
                + "titles AS (SELECT t.id AS thread_id, 2 * ts_rank(t.title_words, " + words + ", 1) AS rank "
                + "FROM forum_thread t WHERE t.title_words @@ " + words + inForum + " AND NOT EXISTS (SELECT 1 "
                + "FROM forum_post o WHERE o.thread_id = t.id AND o.position = 0 AND o.hidden_at IS NOT NULL) "
                + "ORDER BY t.id DESC LIMIT " + CANDIDATES + "), "
                + "hits AS (SELECT thread_id, MAX(rank) AS rank FROM (SELECT * FROM posts UNION ALL "
                + "SELECT * FROM titles) h GROUP BY thread_id) ";
        var counted = em.createNativeQuery(hits + "SELECT (SELECT COUNT(*) FROM hits), "
                + "(SELECT COUNT(*) FROM posts) >= " + CANDIDATES + " OR (SELECT COUNT(*) FROM titles) >= " + CANDIDATES)
                .setParameter(1, query);
        if (forumId != null) {
            counted.setParameter(2, forumId);
        }
        Object[] figures = (Object[]) counted.getSingleResult();
        long total = ((Number) figures[0]).longValue();
        boolean more = Boolean.TRUE.equals(figures[1]);
        Paged<ThreadRow> shape = new Paged<>(List.of(), page, size, total);
        if (total == 0) {
            return new Found(shape, true, false);
        }
        var ranked = em.createNativeQuery(hits + "SELECT h.thread_id FROM hits h JOIN forum_thread t ON t.id = h.thread_id "
                + "ORDER BY h.rank DESC, t.last_activity_at DESC, t.id DESC")
                .setParameter(1, query).setFirstResult(shape.firstResult()).setMaxResults(size);
        if (forumId != null) {
            ranked.setParameter(2, forumId);
        }
        List<Long> ids = ((List<?>) ranked.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        return new Found(new Paged<>(queries.rows(inOrder(ids)), shape.page(), size, total), true, more);
    }

    private Found everyWord(String query, Long forumId, int page, int size) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return new Found(new Paged<>(List.of(), 1, size, 0), false, false);
        }
        StringBuilder title = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            title.append(" AND LOWER(t.title) LIKE :w").append(i).append(" ESCAPE '\\'");
            body.append(" AND LOWER(p.body) LIKE :w").append(i).append(" ESCAPE '\\'");
        }
        String where = " FROM ForumThread t WHERE ((" + ForumThread.OPENING_SHOWN + title + ") OR t.id IN "
                + "(SELECT p.thread.id FROM Post p WHERE p.deletedAt IS NULL AND p.hiddenAt IS NULL" + body + "))"
                + (forumId == null ? "" : " AND t.forum.id = :forum");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t)" + where, Long.class);
        TypedQuery<ForumThread> rows = em.createQuery("SELECT t" + where
                + " ORDER BY t.lastActivityAt DESC, t.id DESC", ForumThread.class);
        for (int i = 0; i < words.size(); i++) {
            count.setParameter("w" + i, Like.containing(words.get(i)));
            rows.setParameter("w" + i, Like.containing(words.get(i)));
        }
        if (forumId != null) {
            count.setParameter("forum", forumId);
            rows.setParameter("forum", forumId);
        }
        long total = count.getSingleResult();
        Paged<ThreadRow> shape = new Paged<>(List.of(), page, size, total);
        return new Found(new Paged<>(queries.rows(rows.setFirstResult(shape.firstResult()).setMaxResults(size)
                .getResultList()), shape.page(), size, total), false, false);
    }

    /** The distinct words of a search, letters and digits only, lower case, at most {@value #WORDS_MAX}. */
    static List<String> words(String query) {
        return Arrays.stream((query == null ? "" : query).toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).distinct().limit(WORDS_MAX).toList();
    }

    /** The threads of the ids, in the ids' order. */
    private List<ForumThread> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ForumThread> found = new HashMap<>();
        em.createQuery("SELECT t FROM ForumThread t JOIN FETCH t.forum WHERE t.id IN :ids", ForumThread.class)
                .setParameter("ids", ids).getResultList().forEach(t -> found.put(t.id(), t));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
