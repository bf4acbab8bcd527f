package org.carecommunities.identity.rights;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.identity.Directory;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.PersonalData;

import java.util.List;

/**
 * The identity module's part: the member's profile, the organisations Keycloak said they belong to, their news,
 * and the record of their ended sign-ins. Erased last, after every other module's part.
 */
@Dependent
public class MemberRecords implements PersonalData {

    static final String MODULE = "identity";
    private static final String SCHEMA_HISTORY = "the schema's and the demo's history (scripts run, by whom: the "
            + "database user), no member's data";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Directory directory;

    /** How long a record of an ended sign-in is kept: past any session's absolute limit, it refuses nothing. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "retention.signins.days", defaultValue = "7")
    int signInsDays;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public JsonObject copy(MemberDetails member) {
        Object[] profile = (Object[]) em.createNativeQuery("SELECT subject, display_name, email, home_neighbourhood_id, "
                + "acting_organisation, joined_at, last_signed_in_at, days_visited, last_visited_on, home_changed_at "
                + "FROM member WHERE id = ?1").setParameter(1, member.id()).getSingleResult();
        return Json.createObjectBuilder()
                .add("profile", PersonalData.rows(java.util.Collections.singletonList((Object) profile), "subject", "display_name", "email",
                        "home_neighbourhood_id", "acting_organisation", "joined_at", "last_signed_in_at",
                        "days_visited", "last_visited_on", "home_changed_at").getJsonObject(0))
                .add("home_neighbourhood", directory.byId(member.homeNeighbourhoodId())
                        .map(Directory.Choice::name).orElse(""))
                .add("organisations", PersonalData.rows(em, "SELECT organisation FROM member_organisation "
                        + "WHERE member_id = ?1 ORDER BY organisation", member.id(), "organisation"))
                .add("news", PersonalData.rows(em, "SELECT kind, about, item, state, figure, of_figure, note, "
                        + "at_time, read_at FROM member_news WHERE member_id = ?1 ORDER BY at_time, id", member.id(),
                        "kind", "about", "item", "state", "figure", "of_figure", "note", "at_time", "read_at"))
                .add("ended_sign_ins", PersonalData.rows(em, "SELECT ended_at FROM ended_sign_in WHERE subject = ?1 "
                        + "ORDER BY ended_at", member.subject(), "ended_at"))
                .build();
    }

    @Override
    public void erase(MemberDetails member, Erasure erasure) {
        em.createNativeQuery("DELETE FROM member_news WHERE member_id = ?1").setParameter(1, member.id()).executeUpdate();
        em.createNativeQuery("DELETE FROM member_organisation WHERE member_id = ?1").setParameter(1, member.id())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM ended_sign_in WHERE subject = ?1").setParameter(1, member.subject())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM member WHERE id = ?1").setParameter(1, member.id()).executeUpdate();
    }

    @Override
    public int expire(java.time.LocalDateTime now) {
        return em.createNativeQuery("DELETE FROM ended_sign_in WHERE ended_at < ?1")
                .setParameter(1, java.sql.Timestamp.valueOf(now.minusDays(signInsDays))).executeUpdate();
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.covered("member"), Table.covered("member_organisation"), Table.covered("member_news"),
                Table.covered("ended_sign_in"),
                Table.exempt("portal_session", "sign-ins kept in the database when servers share them "
                        + "(SESSION_STORE=database): the erasure ends the member's own; any other ends by the idle limit"),
                Table.exempt("flyway_schema_history", SCHEMA_HISTORY),
                Table.exempt("flyway_postgresql_history", SCHEMA_HISTORY),
                Table.exempt("demo_data_by_module", SCHEMA_HISTORY),
                Table.exempt("demo_data_history", SCHEMA_HISTORY),
                Table.exempt("demo_calendar", "the week the demo's dates were moved to"),
                Table.exempt("platform_job", "when each job shared by the servers may next run"));
    }
}
