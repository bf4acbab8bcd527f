package org.carecommunities.partnership;

import java.time.LocalDate;
import java.util.List;

/**
 * Evidence for a neighbourhood's board from the modules after this one (referrals' totals): needs they saw go
 * unmet, and tables of figures, always counts and never people. The board's pages gather them without reading
 * those modules' tables; who may see them is the board's rule.
 */
public interface BoardEvidence {

    /** Needs seen unmet in the neighbourhood since the day, each with how many times (at least once). */
    List<Seen> unmet(long neighbourhoodId, LocalDate since);

    /** Tables of figures about the neighbourhood since the day, in the reader's language. */
    List<Figures> figures(long neighbourhoodId, LocalDate since);

    /** A need seen unmet: a stable key, its words, and how many times. */
    record Seen(String key, String label, long times) {
    }

    /**
     * A table of figures: an id for the page, its title, its columns' headings, its rows (each cell already in
     * words: a small count says "fewer than 5"), and a note under it (or null).
     */
    record Figures(String id, String title, List<String> columns, List<List<String>> rows, String note) {

        public Figures {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
