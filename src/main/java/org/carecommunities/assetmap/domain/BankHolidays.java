package org.carecommunities.assetmap.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Bank holidays in England and Wales (as GOV.UK publishes them), for schedules that do not meet on them. Extend
 * the list each year; a date after the last year listed is simply not known to be a holiday.
 */
public final class BankHolidays {

    public static final Set<LocalDate> ENGLAND_AND_WALES = Set.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27),
            LocalDate.of(2027, 12, 28),
            LocalDate.of(2028, 1, 3), LocalDate.of(2028, 4, 14), LocalDate.of(2028, 4, 17), LocalDate.of(2028, 5, 1),
            LocalDate.of(2028, 5, 29), LocalDate.of(2028, 8, 28), LocalDate.of(2028, 12, 25),
            LocalDate.of(2028, 12, 26));

    private BankHolidays() {
    }
}
