package org.carecommunities.assetmap.openreferral;

import org.carecommunities.platform.Text;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import's findings are kept as facts and said in each reader's language, however long ago they were found. */
class FindingTest {

    private static final Text.Language WELSH = Text.language("cy");

    @Test
    void aFindingKeptIsReadBackAndSaidInEachReadersLanguage() {
        Finding found = Finding.of("assetmap.finding.pageUnread", "page", 2, "why",
                Finding.of("assetmap.finding.answered", "status", 503));
        List<Finding> back = Finding.read(Finding.kept(List.of(found), 4000));
        assertEquals(List.of(found), back, "its key, its number and the finding within it");
        assertEquals("Page 2 of the feed's services could not be read (it answered 503), so no service was "
                + "archived for leaving the feed.", Text.in(Text.english(), back.get(0)::said));
        String welsh = Text.in(WELSH, back.get(0)::said);
        assertTrue(welsh.startsWith("Ni ellid darllen tudalen 2") && welsh.contains("atebodd 503"), welsh);
        assertNull(back.get(0).lang(), "a fact is in the page's language");
    }

    @Test
    void whatTheFeedGaveIsKeptAsItGaveIt() {
        Finding found = Finding.of("assetmap.finding.status", "value", "sometimes \"often\"\n[maybe]");
        Finding back = Finding.read(Finding.kept(List.of(found), 4000)).get(0);
        assertEquals(found, back);
        String welsh = Text.in(WELSH, back::said);
        assertTrue(welsh.contains("“sometimes \"often\"\n[maybe]”"), welsh);
    }

    @Test
    void findingsThatDoNotFitTheColumnAreCounted() {
        List<Finding> many = IntStream.range(0, 200).mapToObj(i -> Finding.of(
                "assetmap.finding.anotherServicesSchedule", "id", "schedule-" + i + "-" + "x".repeat(30))).toList();
        String kept = Finding.kept(many, 4000);
        assertTrue(kept.length() <= 4000, kept.length() + " characters");
        List<Finding> back = Finding.read(kept);
        Finding more = back.get(back.size() - 1);
        assertEquals(200, back.size() - 1 + ((Number) more.values().get("count")).intValue(), "every one is counted");
        assertEquals("and " + more.values().get("count") + " more", Text.in(Text.english(), more::said));
    }

    @Test
    void aReportKeptBeforeFactsReadsAsWrittenMarkedEnglish() {
        List<Finding> back = Finding.read("name is missing\nstatus “sometimes” is not active");
        assertEquals(2, back.size());
        assertEquals("status “sometimes” is not active", Text.in(WELSH, back.get(1)::said));
        assertEquals("en", back.get(1).lang());
        assertEquals(List.of(), Finding.read(""));
        assertEquals(List.of(), Finding.read(null));
    }

    @Test
    void everyOutcomeIsSaidInBothLanguages() {
        for (RecordOutcome outcome : RecordOutcome.values()) {
            String english = Text.in(Text.english(), outcome::said);
            String welsh = Text.in(WELSH, outcome::said);
            assertTrue(!english.startsWith("assetmap.") && !welsh.startsWith("assetmap.") && !english.equals(welsh),
                    outcome + ": " + english + " / " + welsh);
        }
    }
}
