package org.carecommunities.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagedTest {

    @Test
    void countsPagesAndKnowsItsNeighbours() {
        Paged<String> middle = new Paged<>(List.of("k"), 2, 10, 25);
        assertEquals(3, middle.pages());
        assertTrue(middle.hasPrevious());
        assertTrue(middle.hasNext());
        assertEquals(10, middle.firstResult());
        Paged<String> last = new Paged<>(List.of("u"), 3, 10, 25);
        assertFalse(last.hasNext());
    }

    @Test
    void anEmptyListHasOnePage() {
        Paged<String> empty = new Paged<>(List.of(), 1, 10, 0);
        assertEquals(1, empty.pages());
        assertFalse(empty.hasNext());
        assertFalse(empty.hasPrevious());
    }

    @Test
    void pageNumbersFromTheQueryStringFallBackToTheFirst() {
        assertEquals(1, Paged.pageNumber(null));
        assertEquals(1, Paged.pageNumber("abc"));
        assertEquals(1, Paged.pageNumber("-4"));
        assertEquals(1, Paged.pageNumber("99999999999999"));
        assertEquals(7, Paged.pageNumber(" 7 "));
    }

    @Test
    void aPagePastTheEndIsTheLastPageAndItsFirstRowDoesNotOverflow() {
        Paged<String> far = new Paged<>(List.of(), 999_999_999, 20, 45);
        assertEquals(3, far.page());
        assertEquals(40, far.firstResult());
        assertFalse(far.hasNext());
        assertEquals(1, new Paged<>(List.of(), Integer.MAX_VALUE, 25, 0).page());
        assertEquals(0, new Paged<>(List.of(), Integer.MAX_VALUE, 25, 0).firstResult());
    }

    @Test
    void refusesPagesBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new Paged<>(List.of(), 0, 10, 0));
    }
}
