package org.carecommunities.partnership;

import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.commitments.Commitments;
import org.carecommunities.partnership.commitments.ProgressDraft;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.carecommunities.assetmap.stewardship.ServiceDraft;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.forum.news.Following;
import org.carecommunities.forum.Forums;
import org.carecommunities.identity.Directory;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.digests.DigestLetter;
import org.carecommunities.neighbourhood.DigestPart;
import org.carecommunities.neighbourhood.digests.Digests;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Residents;
import org.carecommunities.testing.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a weekly email says, against the real database: one letter grouping, in order, the new threads in the
 * member's forums, replies to what they follow, new and changed services, the board's next meeting and decisions,
 * and progress on commitments; nothing of what the member wrote themselves, and nothing from before.
 */
@ExtendWith(ArquillianExtension.class)
class WeeklyDigestIT {

    private static final String FORUM = "kingsmead-general";
    private static final String FUND = "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01";
    private static final MemberDetails SAM = new MemberDetails(880_202L, UUID.randomUUID().toString(), "Sam",
            1L, Set.of("riverside-food-pantry"), null, LocalDateTime.now(), 1, null,
            Set.of(Role.RESIDENT, Role.GROUP_STEWARD));
    private static final MemberDetails CLERK = new MemberDetails(880_201L, UUID.randomUUID().toString(),
            "Dee Digest", 1L, Set.of("wendshire-council"), null, LocalDateTime.now(), 1, null,
            Set.of(Role.BOARD_MEMBER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.withPersistence(WeeklyDigestIT.class);
    }

    @Inject
    Digests digests;

    @Inject
    org.carecommunities.neighbourhood.digests.DigestPost post;

    @Inject
    Forums forums;

    @Inject
    Following following;

    @Inject
    Members members;

    @Inject
    Directory directory;

    @Inject
    Stewardship stewardship;

    @Inject
    Agreements agreements;

    @Inject
    Commitments commitments;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private static String unique(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void oneLetterGroupsTheWeekInOrderAndLeavesOutWhatTheMemberDidThemselves() {
        long kingsmead = directory.covering("KM1").orElseThrow().id();
        LocalDateTime since = LocalDateTime.now().minusSeconds(1);
        MemberDetails reader = Residents.settled(members, forums, kingsmead, FORUM);
        MemberDetails neighbour = Residents.settled(members, forums, kingsmead, FORUM);

        String own = unique("My own thread");
        long mine = forums.startThread(FORUM, reader, own, "Anyone?").orRefuse();
        String theirs = unique("Street party in June");
        long party = forums.startThread(FORUM, neighbour, theirs, "Who is in?").orRefuse();
        following.follow(mine, reader.id(), true).orRefuse();
        MemberDetails replier = Residents.settled(members, forums, kingsmead, FORUM);
        forums.reply(mine, replier, "Yes, me.").orRefuse();

        String stall = unique("Bread stall");
        String service = stewardship.create("riverside-food-pantry", new ServiceDraft(stall, "Bread at cost.",
                List.of("food"), "", "", "", false, "50p a loaf", "JUST_TURN_UP", "English", "01632 960123",
                "pantry@example.org", "https://pantry.example", false, "Riverside Community Centre",
                "5 Riverside Walk", "Kingsmead", "KM2 4AB", true, false, true, false, "WEEKLY", "1", List.of("TH"), "",
                "09:00", "11:00", "", ""), SAM).orRefuse();
        stewardship.publish(service, SAM).orRefuse();

        Residents.seatForTheCouncil(database, CLERK, "kingsmead");
        AgreementDetails.Commitment commitment = agreements.agreement(FUND, null).orElseThrow().commitments().stream()
                .filter(c -> !c.hasParts()).findFirst().orElseThrow();
        commitments.progress(FUND, commitment.id(), new ProgressDraft("ON_TRACK", "60", "Four workers started.",
                ""), CLERK).orRefuse();

        DigestLetter letter = digests.letter(reader.id(), kingsmead, since).orElseThrow();
        assertEquals("This week in Kingsmead and Riverside", letter.subject());
        List<String> headings = letter.parts().stream().map(DigestPart::heading).toList();
        assertEquals(List.of("New threads in your forums", "Replies to threads you follow", "New and changed services",
                "The partnership board", "Progress on the board's commitments"), headings, "one letter, in order");
        assertTrue(lines(letter, 0).contains(theirs) && !lines(letter, 0).contains(own), "not their own thread");
        assertTrue(letter.parts().get(1).lines().stream().anyMatch(l -> l.text().equals(own)
                && l.note().equals("1 new reply")), "the reply to what they follow");
        assertTrue(letter.parts().get(2).lines().stream().anyMatch(l -> l.text().equals(stall)
                && l.note().startsWith("New: Riverside Food Pantry · Every Thursday, 09:00 to 11:00")));
        assertTrue(lines(letter, 3).contains("Next meeting: "), lines(letter, 3));
        assertTrue(letter.parts().get(4).lines().stream().anyMatch(l -> l.text().equals(commitment.what())
                && l.note().equals("On track, 60%. Four workers started.")));
        assertTrue(letter.parts().stream().flatMap(p -> p.lines().stream())
                .allMatch(l -> l.href().startsWith("http://localhost:")), "every link absolute");
        assertTrue(letter.unsubscribeUrl().contains("/digests/unsubscribe?m=" + reader.id() + "&n=" + kingsmead
                + "&e=" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1) + "&s="),
                "good for a year: " + letter.unsubscribeUrl());
        java.time.LocalDate yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
        String expired = digests.unsubscribeLink(reader.id(), kingsmead, yesterday);
        String signature = expired.substring(expired.indexOf("&s=") + 3);
        var refused = digests.unsubscribe(String.valueOf(reader.id()), String.valueOf(kingsmead),
                yesterday.toString(), signature).refusal();
        assertTrue(refused instanceof org.carecommunities.platform.Refusal.NotFound
                && refused.toString().contains("expired"), "an expired link stops nothing: " + refused);
        assertTrue(digests.unsubscribe(String.valueOf(reader.id()), String.valueOf(kingsmead),
                yesterday.plusYears(2).toString(), signature).refusal() != null, "nor one whose expiry was moved");
        assertTrue(letter.text().contains("Street party") && letter.text().contains(letter.unsubscribeUrl()));

        DigestLetter later = digests.letter(reader.id(), kingsmead, LocalDateTime.now().plusSeconds(1)).orElseThrow();
        assertEquals(List.of("The partnership board"), later.parts().stream().map(DigestPart::heading).toList(),
                "from now on only the coming meeting: nothing from before");
        assertTrue(party > 0);
    }

    /**
     * The mail server is away (nothing listens on the test server's SMTP port outside {@code DigestsIT}): the email
     * is claimed, cannot go, and is given back to go at the next try; no exception leaves the facade.
     */
    @Test
    void anEmailThatCannotGoIsGivenBackForTheNextTry() {
        long kingsmead = directory.covering("KM1").orElseThrow().id();
        String subject = UUID.randomUUID().toString();
        org.carecommunities.identity.signin.SignInClaims claims = org.carecommunities.identity.signin.SignInClaims.of(subject,
                "Mail Reader", "reader-" + subject.substring(0, 8) + "@example.org", List.of("resident"), List.of());
        MemberDetails reader = members.setUpProfile(claims, "Mail Reader", kingsmead).orRefuse()
                .withRoles(claims.roles());
        digests.choose(reader, List.of(String.valueOf(kingsmead))).orRefuse();
        assertTrue(digests.letter(reader.id(), kingsmead, LocalDateTime.now().minusDays(7)).isPresent(),
                "there is something to tell (the board's next meeting)");
        assertFalse(post.send(reader.id(), kingsmead), "it could not go");
        String sent = null;
        for (int i = 0; i < 50; i++) {
            sent = Sql.value(database, "SELECT last_sent_at FROM neighbourhood_digest WHERE member_id = "
                    + reader.id() + " AND neighbourhood_id = " + kingsmead);
            if (sent == null) {
                break;
            }
            try {
                Thread.sleep(100); // the server's own schedule may be trying it too: it gives it back as well
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertNull(sent, "given back: still due, it goes at the next try");
    }

    private static String lines(DigestLetter letter, int part) {
        return letter.parts().get(part).lines().toString();
    }
}
