package org.carecommunities.assetmap;

import org.carecommunities.assetmap.search.ServiceQuery;
import org.carecommunities.platform.Text;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A search that found nothing keeps its filters in one form, whatever the searcher read in, and says them in each. */
class UnmetSearchTest {

    private static final ServiceQuery QUERY = new ServiceQuery("choir", "arts", 1L, DayOfWeek.SATURDAY, 15, true,
            true, null, false, 1, LocalTime.of(9, 0), LocalTime.of(12, 0));

    @Test
    void theFiltersAreKeptInOneFormWhateverTheLanguage() {
        String kept = "category arts, on Saturday, from 09:00 until 12:00, age 15, free, step-free";
        assertEquals(kept, UnmetSearch.kept(QUERY));
        assertEquals(kept, Text.in(Text.language("cy"), () -> UnmetSearch.kept(QUERY)), "counted as one search");
    }

    @Test
    void theyAreSaidInTheReadersLanguageAndUnknownOnesAsKept() {
        UnmetSearch search = new UnmetSearch("choir", UnmetSearch.kept(QUERY) + ", something older", 3);
        assertEquals("category arts, on Saturday, from 09:00 until 12:00, age 15, free, step-free, something older",
                Text.in(Text.english(), search::filtersInWords));
        assertEquals("categori arts, ar Dydd Sadwrn, o 09:00 tan 12:00, oedran 15, am ddim, heb risiau, "
                + "something older", Text.in(Text.language("cy"), search::filtersInWords));
        assertEquals("until 18:00", Text.in(Text.english(), new UnmetSearch("", "until 18:00", 1)::filtersInWords));
    }
}
