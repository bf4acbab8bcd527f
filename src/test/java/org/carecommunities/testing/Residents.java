package org.carecommunities.testing;

import org.carecommunities.forum.Forums;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.signin.SignInClaims;

import javax.sql.DataSource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** People the in-container tests need: settled residents who joined a forum, and board members for the council. */
public final class Residents {

    private Residents() {
    }

    /** A new resident of the neighbourhood, as if they joined a month ago and came ten days, in the forum. */
    public static MemberDetails settled(Members members, Forums forums, long neighbourhoodId, String forum) {
        SignInClaims claims = SignInClaims.of(UUID.randomUUID().toString(), "Resident", null, List.of("resident"),
                List.of());
        MemberDetails fresh = members.setUpProfile(claims, "Resident", neighbourhoodId).orRefuse()
                .withRoles(claims.roles());
        MemberDetails settled = new MemberDetails(fresh.id(), fresh.subject(), fresh.displayName(),
                fresh.homeNeighbourhoodId(), fresh.organisations(), null, LocalDateTime.now().minusDays(30), 10,
                null, fresh.roles());
        forums.join(forum, settled).orRefuse();
        return settled;
    }

    /** Seats the member on the neighbourhood's board for Wendshire Council, once. */
    public static void seatForTheCouncil(DataSource database, MemberDetails member, String neighbourhoodSlug) {
        seat(database, member, neighbourhoodSlug, "wendshire-council", "Wendshire Council");
    }

    /** Seats the member on the neighbourhood's board for the organisation, once (since a month ago). */
    public static void seat(DataSource database, MemberDetails member, String neighbourhoodSlug, String organisation,
                            String organisationName) {
        Sql.execute(database, "INSERT INTO partnership_board_member (board_id, member_id, member_name, "
                + "organisation_slug, organisation_name, board_role, joined_on) SELECT b.id, " + member.id()
                + ", '" + member.displayName().replace("'", "''") + "', '" + organisation + "', '"
                + organisationName.replace("'", "''") + "', 'MEMBER', CAST('" + DemoDates.today().minusMonths(1)
                + "' AS DATE) FROM partnership_board b JOIN neighbourhood n ON n.id = b.neighbourhood_id WHERE n.slug = '"
                + neighbourhoodSlug + "' AND NOT EXISTS (SELECT 1 FROM partnership_board_member m WHERE m.member_id = "
                + member.id() + " AND m.board_id = b.id AND m.organisation_slug = '" + organisation + "')");
    }
}
