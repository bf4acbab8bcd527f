package org.carecommunities.neighbourhood.rights;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.PersonalData;
import org.carecommunities.identity.Members;

import jakarta.inject.Inject;

import java.util.List;

/**
 * The neighbourhoods' part of a member's data: the weekly emails they chose, and organisations they suggested
 * giving their email address to be told the outcome (found by that address).
 */
@Dependent
public class NeighbourhoodData implements PersonalData {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Override
    public String module() {
        return "neighbourhood";
    }

    @Override
    public JsonObject copy(MemberDetails member) {
        String email = members.email(member.id()).orElse(null);
        return Json.createObjectBuilder()
                .add("weekly_emails", PersonalData.rows(em, "SELECT n.slug, d.subscribed_at, d.last_sent_at "
                        + "FROM neighbourhood_digest d JOIN neighbourhood n ON n.id = d.neighbourhood_id "
                        + "WHERE d.member_id = ?1 ORDER BY n.slug", member.id(), "neighbourhood", "chosen_at",
                        "last_sent_at"))
                .add("organisations_suggested", email == null ? Json.createArrayBuilder().build()
                        : PersonalData.rows(em, "SELECT name, kind, website, note, suggested_at, review "
                        + "FROM organisation_suggestion WHERE LOWER(contact_email) = LOWER(?1) ORDER BY id", email,
                        "name", "kind", "website", "note", "suggested_at", "review"))
                .build();
    }

    @Override
    public void erase(MemberDetails member, Erasure erasure) {
        em.createNativeQuery("DELETE FROM neighbourhood_digest WHERE member_id = ?1").setParameter(1, member.id())
                .executeUpdate();
        members.email(member.id()).ifPresent(email -> em.createNativeQuery("UPDATE organisation_suggestion "
                + "SET contact_email = NULL WHERE LOWER(contact_email) = LOWER(?1)").setParameter(1, email)
                .executeUpdate());
    }

    @Override
    public List<Table> tables() {
        return List.of(Table.covered("neighbourhood_digest"), Table.covered("organisation_suggestion"),
                Table.exempt("neighbourhood", "neighbourhoods: names and descriptions"),
                Table.exempt("neighbourhood_postcode_district", "which postcodes each neighbourhood covers"),
                Table.exempt("neighbourhood_digest_key", "the key that signs the emails' stop links"),
                Table.exempt("organisation", "organisations: names, kinds, websites"),
                Table.exempt("organisation_neighbourhood", "which neighbourhoods each organisation serves"));
    }
}
