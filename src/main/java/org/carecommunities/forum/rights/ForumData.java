package org.carecommunities.forum.rights;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.PersonalData;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The forums' part of a member's data: their threads and posts, supports, reports they made, forums joined,
 * threads followed and read, "couldn't find a service" flags, moderation they did or that was done to them. On
 * erasure their posts stay in their threads as a former member's, with their words or without them as they chose
 * (a post without its words shows as deleted, a thread's title becomes {@value #TITLE_REMOVED}).
 */
@Dependent
public class ForumData implements PersonalData {

    static final String TITLE_REMOVED = "A thread by a former member";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public String module() {
        return "forum";
    }

    @Override
    public JsonObject copy(MemberDetails member) {
        return Json.createObjectBuilder()
                .add("threads_started", list("SELECT t.id, f.slug, t.title, t.acting_organisation, t.created_at "
                        + "FROM forum_thread t JOIN forum f ON f.id = t.forum_id WHERE t.author_id = ?1 ORDER BY t.id",
                        member, "thread", "forum", "title", "acting_for", "created_at"))
                .add("posts", list("SELECT p.thread_id, p.position, p.body, p.acting_organisation, p.created_at, "
                        + "p.edited_at, p.deleted_at, p.hidden_at, p.hidden_reason FROM forum_post p "
                        + "WHERE p.author_id = ?1 ORDER BY p.id", member, "thread", "position", "text", "acting_for",
                        "created_at", "edited_at", "deleted_at", "hidden_at", "hidden_reason"))
                .add("supports", list("SELECT thread_id, supported_at FROM proposal_support WHERE member_id = ?1 "
                        + "ORDER BY supported_at", member, "thread", "supported_at"))
                .add("reports_made", list("SELECT r.post_id, p.thread_id, p.position, r.reason, r.created_at, "
                        + "r.resolved_at, r.upheld FROM post_report r JOIN forum_post p ON p.id = r.post_id "
                        + "WHERE r.reporter_id = ?1 ORDER BY r.id", member, "post", "thread", "position", "reason",
                        "created_at", "resolved_at", "upheld"))
                .add("forums_joined", list("SELECT f.slug, m.joined_at FROM forum_membership m JOIN forum f "
                        + "ON f.id = m.forum_id WHERE m.member_id = ?1 ORDER BY f.slug", member, "forum", "joined_at"))
                .add("threads_read_and_followed", list("SELECT thread_id, read_position, followed_at FROM thread_reader "
                        + "WHERE member_id = ?1 ORDER BY thread_id", member, "thread", "read_up_to", "followed_at"))
                .add("no_service_found_flags", list("SELECT thread_id, flagged_at FROM thread_unmet_flag "
                        + "WHERE member_id = ?1 ORDER BY thread_id", member, "thread", "flagged_at"))
                .add("moderator_of", list("SELECT neighbourhood_id FROM forum_moderator WHERE member_id = ?1 "
                        + "ORDER BY neighbourhood_id", member, "neighbourhood"))
                .add("suspensions", list("SELECT neighbourhood_id, reason, starts_at, ends_at, lifted_at "
                        + "FROM forum_suspension WHERE member_id = ?1 ORDER BY id", member, "neighbourhood", "reason",
                        "starts_at", "ends_at", "lifted_at"))
                .add("moderation_about_you", list("SELECT action, reason, thread_id, post_id, created_at "
                        + "FROM moderation_action WHERE member_id = ?1 ORDER BY id", member, "action", "reason",
                        "thread", "post", "created_at"))
                .add("moderation_you_did", list("SELECT action, reason, thread_id, post_id, created_at "
                        + "FROM moderation_action WHERE moderator_id = ?1 ORDER BY id", member, "action", "reason",
                        "thread", "post", "created_at"))
                .build();
    }

    private jakarta.json.JsonArray list(String sql, MemberDetails member, String... keys) {
        return PersonalData.rows(em, sql, member.id(), keys);
    }

    @Override
    public void erase(MemberDetails member, Erasure erasure) {
        long id = member.id();
        for (String sql : List.of("DELETE FROM proposal_support WHERE member_id = ?1",
                "DELETE FROM thread_reader WHERE member_id = ?1",
                "DELETE FROM thread_unmet_flag WHERE member_id = ?1",
                "DELETE FROM forum_membership WHERE member_id = ?1",
                "DELETE FROM forum_moderator WHERE member_id = ?1",
                "DELETE FROM post_report WHERE reporter_id = ?1",
                "DELETE FROM forum_suspension WHERE member_id = ?1")) {
            em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
        }
        if (!erasure.keepWords()) {
            em.createNativeQuery("DELETE FROM forum_post_citation WHERE post_id IN "
                    + "(SELECT id FROM forum_post WHERE author_id = ?1)").setParameter(1, id).executeUpdate();
            em.createNativeQuery("UPDATE forum_post SET body = '', body_html = NULL, "
                    + "deleted_at = COALESCE(deleted_at, ?2) WHERE author_id = ?1")
                    .setParameter(1, id).setParameter(2, LocalDateTime.now(clock)).executeUpdate();
            em.createNativeQuery("UPDATE forum_thread SET title = ?2 WHERE author_id = ?1")
                    .setParameter(1, id).setParameter(2, TITLE_REMOVED).executeUpdate();
        }
        // a moderation action about the member named them: the name goes, "a former member" is said instead
        for (String sql : List.of("UPDATE moderation_action SET subject_name = NULL WHERE member_id = ?1 AND "
                + "subject_kind IN ('MEMBER', 'MODERATOR', 'SUSPENDED')", "UPDATE moderation_action SET subject = NULL "
                + "WHERE member_id = ?1 AND subject_kind IS NULL AND post_id IS NULL AND thread_id IS NULL")) {
            em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
        }
        for (String sql : List.of("UPDATE forum_post SET author_id = ?2 WHERE author_id = ?1",
                "UPDATE forum_thread SET author_id = ?2 WHERE author_id = ?1",
                "UPDATE forum_suspension SET suspended_by = ?2 WHERE suspended_by = ?1",
                "UPDATE moderation_action SET member_id = ?2 WHERE member_id = ?1",
                "UPDATE moderation_action SET moderator_id = ?2 WHERE moderator_id = ?1")) {
            em.createNativeQuery(sql).setParameter(1, id).setParameter(2, NOBODY).executeUpdate();
        }
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.covered("forum_thread"), Table.covered("forum_post"), Table.covered("proposal_support"),
                Table.covered("post_report"), Table.covered("forum_membership"), Table.covered("thread_reader"),
                Table.covered("thread_unmet_flag"), Table.covered("forum_moderator"),
                Table.covered("forum_suspension"), Table.covered("moderation_action"),
                Table.covered("forum_post_citation"),
                Table.exempt("forum", "the forums themselves: names and descriptions"),
                Table.exempt("proposal_step", "a proposal's steps: the board's answers and meetings, not who supported it"),
                Table.exempt("proposal_threshold", "each neighbourhood's supports needed"));
    }
}
