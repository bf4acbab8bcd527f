package org.carecommunities.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextTest {

    private static final Text.Language WELSH = Text.language("cy");

    @AfterEach
    void english() {
        Text.done();
    }

    @Test
    void theLanguagesAreThoseWithBundlesEachNamedInItself() {
        assertEquals("en-GB", Text.english().tag());
        assertNotNull(WELSH);
        assertEquals("cy-GB", WELSH.tag());
        assertEquals("Cymraeg", WELSH.name());
        assertEquals("ltr", WELSH.dir());
        assertEquals(WELSH, Text.language("cy-GB"));
        assertNull(Text.language("xx"));
        assertNull(Text.language(""));
    }

    @Test
    void acceptLanguageTakesTheFirstLanguageThereIsInTheOrderOfPreference() {
        assertEquals(WELSH, Text.accepted("cy-GB,cy;q=0.9,en;q=0.8"));
        assertEquals(WELSH, Text.accepted("fr-FR, cy;q=0.5, en;q=0.2"));
        assertEquals("en", Text.accepted("en-US,en;q=0.9,cy;q=0.1").id());
        assertEquals("en", Text.accepted("cy;q=0.2, en;q=0.8").id());
        assertNull(Text.accepted("fr, de;q=0.5"));
        assertNull(Text.accepted("*"));
        assertNull(Text.accepted("cy;q=0"));
        assertNull(Text.accepted("not a header;;;"));
    }

    /** Welsh counts in six forms: 0, 1, 2, 3, 6 and the rest (CLDR's zero, one, two, few, many, other). */
    @Test
    void welshPluralsFollowWelshRules() {
        String key = "forum.thread.replies";
        List<String> english = List.of(0, 1, 2, 3, 4, 6, 7).stream()
                .map(n -> Text.t(Text.english(), key, "count", n)).toList();
        assertEquals(List.of("0 replies", "1 reply", "2 replies", "3 replies", "4 replies", "6 replies",
                "7 replies"), english);
        List<String> welsh = List.of(0, 1, 2, 3, 4, 6, 7).stream()
                .map(n -> Text.t(WELSH, key, "count", n)).toList();
        assertEquals(List.of("Dim atebion", "1 ateb", "2 ateb", "3 ateb", "4 o atebion", "6 ateb", "7 o atebion"),
                welsh);
    }

    @Test
    void numbersAreWrittenForTheLanguage() {
        assertEquals("12,345 replies", Text.t(Text.english(), "forum.thread.replies", "count", 12_345));
        assertEquals("12,345 o atebion", Text.t(WELSH, "forum.thread.replies", "count", 12_345));
    }

    @Test
    void englishListsJoinTheLastWithAnd() {
        assertEquals("tea, cake and biscuits", Text.list(List.of("tea", "cake", "biscuits")));
        assertEquals("tea and cake", Text.list(List.of("tea", "cake")));
        assertEquals("tea", Text.list(List.of("tea")));
    }

    /** "a" (and) is "ac" before a vowel, and Welsh puts no comma before it. */
    @Test
    void welshListsSayAcBeforeAVowel() {
        Text.use(WELSH);
        assertEquals("te, coffi a bara", Text.list(List.of("te", "coffi", "bara")));
        assertEquals("te, coffi ac afalau", Text.list(List.of("te", "coffi", "afalau")));
        assertEquals("Caerdydd ac Abertawe", Text.list(List.of("Caerdydd", "Abertawe")));
        assertEquals("te ac wyau", Text.list(List.of("te", "wyau")));
        assertEquals("te", Text.list(List.of("te")));
    }

    @Test
    void aMessageMissingInWelshFallsBackToEnglishAndAMissingKeySaysItself() {
        assertEquals("no.such.key", Text.t(WELSH, "no.such.key"));
        assertEquals("platform.nonsense", Text.t("platform.nonsense"));
    }

    @Test
    void aThingMadeInALanguageLeavesTheThreadAsItWas() {
        String welsh = Text.in(WELSH, () -> Text.t("platform.layout.signIn"));
        assertEquals("Mewngofnodi", welsh);
        assertEquals("Sign in", Text.t("platform.layout.signIn"));
    }

    @Test
    void datesHaveTheLanguagesMonthNames() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        LocalDateTime winter = LocalDateTime.of(2026, 12, 7, 18, 30);
        assertEquals("7 December 2026", Dates.day(day));
        assertEquals("7 December 2026 at 18:30", Dates.inWords(winter));
        Text.use(WELSH);
        assertEquals("7 Rhagfyr 2026", Dates.day(day));
        assertEquals("7 Rhagfyr 2026 am 18:30", Dates.inWords(winter));
        assertEquals("7 Rhag 2026, 18:30", Dates.shown(winter));
    }
}
