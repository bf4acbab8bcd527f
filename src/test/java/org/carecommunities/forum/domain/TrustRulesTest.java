package org.carecommunities.forum.domain;

import org.carecommunities.forum.domain.TrustRules.Activity;
import org.carecommunities.forum.domain.TrustRules.Requirement;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrustRulesTest {

    private static final Requirement MEMBER = new Requirement(1, 2, 20, 0);
    private static final Requirement REGULAR = new Requirement(30, 10, 100, 5);

    @Test
    void trustIsEarnedFromEveryKindOfActivity() {
        assertEquals(TrustLevel.NEW, TrustRules.level(false, new Activity(0, 0, 0, 0), MEMBER, REGULAR));
        assertEquals(TrustLevel.MEMBER, TrustRules.level(false, new Activity(1, 2, 20, 0), MEMBER, REGULAR));
        assertEquals(TrustLevel.REGULAR, TrustRules.level(false, new Activity(30, 10, 100, 5), MEMBER, REGULAR));
        assertEquals(TrustLevel.MEMBER, TrustRules.level(false, new Activity(400, 300, 5000, 4), MEMBER, REGULAR),
                "a regular also writes: reading alone is not enough");
        assertEquals(TrustLevel.NEW, TrustRules.level(false, new Activity(400, 1, 5000, 50), MEMBER, REGULAR),
                "an old account that visited once is new");
        assertEquals(TrustLevel.FULL, TrustRules.level(true, new Activity(0, 0, 0, 0), MEMBER, REGULAR));
    }

    @Test
    void whatIsLeftIsSaidInSentences() {
        assertEquals(List.of("Be a member for 1 more day", "Visit on 2 more days", "Read 19 more posts"),
                MEMBER.missing(new Activity(0, 0, 1, 0)));
        assertEquals(List.of("Write 1 more post that moderators keep"), REGULAR.missing(new Activity(30, 10, 100, 4)));
        assertTrue(MEMBER.metBy(new Activity(1, 2, 20, 0)));
        assertTrue(REGULAR.missing(new Activity(31, 11, 101, 6)).isEmpty());
    }

    @Test
    void aReportWeighsByLevelAndPastAccuracy() {
        assertEquals(0, TrustRules.reportWeight(TrustLevel.NEW, 0, 0), "a new member's report only queues");
        assertEquals(60, TrustRules.reportWeight(TrustLevel.MEMBER, 0, 0));
        assertEquals(100, TrustRules.reportWeight(TrustLevel.REGULAR, 0, 0));
        assertEquals(150, TrustRules.reportWeight(TrustLevel.FULL, 0, 0));
        assertEquals(50, TrustRules.reportWeight(TrustLevel.REGULAR, 0, 2), "two turned down: half");
        assertEquals(20, TrustRules.reportWeight(TrustLevel.REGULAR, 0, 8), "a habit of false reports: a fifth");
        assertEquals(100, TrustRules.reportWeight(TrustLevel.REGULAR, 10, 0), "never more than the level's");
        assertEquals(86, TrustRules.reportWeight(TrustLevel.REGULAR, 10, 2));
    }

    @Test
    void threeNewAccountsCannotHideAPostAndThreeRegularsCan() {
        int toHide = 300;
        assertFalse(PostingRules.hiddenByReports(3L * TrustRules.reportWeight(TrustLevel.NEW, 0, 0), toHide));
        assertFalse(PostingRules.hiddenByReports(3L * TrustRules.reportWeight(TrustLevel.MEMBER, 0, 0), toHide));
        assertTrue(PostingRules.hiddenByReports(3L * TrustRules.reportWeight(TrustLevel.REGULAR, 0, 0), toHide));
        assertFalse(PostingRules.hiddenByReports(3L * TrustRules.reportWeight(TrustLevel.REGULAR, 0, 1), toHide),
                "regulars whose reports were turned down before need a fourth");
    }

    @Test
    void supportCountsFromAccountsOlderThanTheMinimum() {
        LocalDateTime joined = LocalDateTime.of(2026, 11, 1, 12, 0);
        String refusal = ForumThread.accountAgeRefusal(joined, 7, joined.plusDays(6));
        assertTrue(refusal.contains("7 days after joining") && refusal.contains("8 November 2026"), refusal);
        assertNull(ForumThread.accountAgeRefusal(joined, 7, joined.plusDays(7)));
        assertNull(ForumThread.accountAgeRefusal(joined, 0, joined), "0 turns the rule off");
    }
}
