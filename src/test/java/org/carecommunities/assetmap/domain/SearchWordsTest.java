package org.carecommunities.assetmap.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchWordsTest {

    @Test
    void wordsOfAListingAreLowerCaseDistinctAndWithoutLittleWords() {
        assertEquals(Set.of("chair", "yoga", "over", "60s", "cafe", "brunch"),
                SearchWords.of("Chair yoga for the over-60s", null, "CHAIR yoga at the Café: brunch!"));
    }

    @Test
    void accentsAreLeftOutSoWordsAreFoundTypedEitherWay() {
        assertEquals(Set.of("cerdded", "cwn", "chwaraeon", "dwr"), SearchWords.of("Cerdded cŵn a chwaraeon yn y dŵr"),
                "Welsh's circumflex, and its little words left out too");
        assertEquals(List.of("cwn"), SearchWords.query("cŵn"));
        assertEquals(List.of("cafe"), SearchWords.query("CAFÉ"));
    }

    @Test
    void aSearchKeepsSixWordsAndIgnoresPunctuation() {
        assertEquals(List.of("walking", "football"), SearchWords.query("  Walking, football; the  "));
        assertEquals(6, SearchWords.query("one two three four five six seven eight").size());
        assertEquals(List.of(), SearchWords.query("a % _ \\"));
        assertEquals(List.of(), SearchWords.query(null));
    }

    @Test
    void longWordsAreCutToTheIndexedLength() {
        String long50 = "x".repeat(50);
        assertEquals(Set.of("x".repeat(SearchWords.WORD_MAX)), SearchWords.of(long50));
    }
}
