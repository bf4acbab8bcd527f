package org.carecommunities.assetmap.rights;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.PersonalData;

import java.util.List;

/**
 * The asset map's part of a member's data: the listings they steward (their groups', which stay the groups'),
 * claims of a group they asked for, what they have seen on their stewards' to-do list, the shortlists they keep
 * for people (which hold no personal data, and whose shared links keep working for those people after an
 * erasure), and suggestions they made giving their email address.
 */
@Dependent
public class AssetMapData implements PersonalData {

    private static final String PUBLIC_LISTING = "a group's public listing and how it is found; the copy lists "
            + "those the member stewards, which stay their group's";
    private static final String IMPORT = "another directory's feed and what its imports did: services, not people";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    /** How long a search that found nothing is kept (the board's list looks at 90 days; a year shows the seasons). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "retention.unmet.searches.days", defaultValue = "365")
    int unmetSearchesDays;

    @Override
    public String module() {
        return "assetmap";
    }

    @Override
    public JsonObject copy(MemberDetails member) {
        String email = members.email(member.id()).orElse(null);
        List<String> groups = member.organisations().stream().sorted().toList();
        JsonArray stewarded = Json.createArrayBuilder().build();
        if (!groups.isEmpty()) {
            var query = em.createNativeQuery("SELECT group_slug, id, name, status, modified_at FROM asset_service "
                    + "WHERE group_slug IN (" + String.join(", ", java.util.Collections.nCopies(groups.size(), "?"))
                    + ") ORDER BY group_slug, name, id");
            for (int i = 0; i < groups.size(); i++) {
                query.setParameter(i + 1, groups.get(i));
            }
            stewarded = PersonalData.rows(query.getResultList(), "group", "service", "name", "status", "changed_at");
        }
        return Json.createObjectBuilder()
                .add("listings_you_steward", stewarded)
                .add("group_claims_asked", list("SELECT organisation_slug, claim_requested_at, claimed_at "
                        + "FROM asset_group WHERE claim_requested_by = ?1 ORDER BY organisation_slug", member,
                        "group", "asked_at", "claimed_at"))
                .add("stewards_list_seen", list("SELECT item_key, seen_at FROM asset_steward_seen WHERE member_id = ?1 "
                        + "ORDER BY seen_at", member, "item", "seen_at"))
                .add("shortlists", list("SELECT s.token, s.title, s.created_at, i.service_id, i.item_order "
                        + "FROM asset_shortlist s LEFT JOIN asset_shortlist_item i ON i.shortlist_id = s.id "
                        + "WHERE s.owner_id = ?1 ORDER BY s.id, i.item_order", member, "shortlist", "title",
                        "created_at", "service", "place"))
                .add("suggestions_made", email == null ? Json.createArrayBuilder().build()
                        : PersonalData.rows(em, "SELECT service_id, kind, details, name, created_at, answer, "
                        + "answered_at FROM asset_suggestion WHERE LOWER(email) = LOWER(?1) ORDER BY id", email,
                        "service", "kind", "details", "name", "created_at", "answer", "answered_at"))
                .build();
    }

    private JsonArray list(String sql, MemberDetails member, String... keys) {
        return PersonalData.rows(em, sql, member.id(), keys);
    }

    @Override
    public void erase(MemberDetails member, Erasure erasure) {
        em.createNativeQuery("DELETE FROM asset_steward_seen WHERE member_id = ?1").setParameter(1, member.id())
                .executeUpdate();
        em.createNativeQuery("UPDATE asset_shortlist SET owner_id = ?2 WHERE owner_id = ?1")
                .setParameter(1, member.id()).setParameter(2, NOBODY).executeUpdate();
        em.createNativeQuery("UPDATE asset_group SET claim_requested_by = NULL, claim_requested_at = NULL "
                + "WHERE claim_requested_by = ?1").setParameter(1, member.id()).executeUpdate();
        members.email(member.id()).ifPresent(email -> em.createNativeQuery("UPDATE asset_suggestion "
                + "SET name = NULL, email = NULL WHERE LOWER(email) = LOWER(?1)").setParameter(1, email)
                .executeUpdate());
    }

    @Override
    public int expire(java.time.LocalDateTime now) {
        return em.createNativeQuery("DELETE FROM asset_unmet_search WHERE searched_on < ?1")
                .setParameter(1, java.sql.Date.valueOf(now.toLocalDate().minusDays(unmetSearchesDays))).executeUpdate();
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.covered("asset_steward_seen"), Table.covered("asset_shortlist"),
                Table.covered("asset_shortlist_item"), Table.covered("asset_group"), Table.covered("asset_suggestion"),
                Table.covered("asset_service"),
                Table.exempt("asset_location", PUBLIC_LISTING), Table.exempt("asset_schedule", PUBLIC_LISTING),
                Table.exempt("asset_schedule_exception", PUBLIC_LISTING),
                Table.exempt("asset_service_category", PUBLIC_LISTING),
                Table.exempt("asset_service_word", PUBLIC_LISTING),
                Table.exempt("asset_service_translation", PUBLIC_LISTING),
                Table.exempt("asset_taxonomy_term", "the categories services are filed under"),
                Table.exempt("asset_unmet_search", "searches that found nothing: words, filters and a day, never who"),
                Table.exempt("asset_feed", IMPORT), Table.exempt("asset_feed_copy", IMPORT),
                Table.exempt("asset_feed_run", IMPORT), Table.exempt("asset_feed_run_line", IMPORT));
    }
}
