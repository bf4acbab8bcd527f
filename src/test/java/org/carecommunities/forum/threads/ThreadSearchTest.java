package org.carecommunities.forum.threads;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThreadSearchTest {

    @Test
    void aSearchIsItsDistinctWordsInOrderLowerCaseAtMostEight() {
        assertEquals(List.of("bus", "stop", "42"), ThreadSearch.words("  Bus, STOP & 42! bus "));
        assertEquals(List.of("café", "łódź"), ThreadSearch.words("Café—Łódź"));
        assertEquals(List.of(), ThreadSearch.words("!!! ..."));
        assertEquals(List.of(), ThreadSearch.words(null));
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h"), ThreadSearch.words("a b c d e f g h i j"));
    }
}
