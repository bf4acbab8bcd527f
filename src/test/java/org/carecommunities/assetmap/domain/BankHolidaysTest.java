package org.carecommunities.assetmap.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bank holidays by the rules, for any year, checked against the dates GOV.UK published. */
class BankHolidaysTest {

    /** England and Wales as GOV.UK published them (with the one-offs and moves of 2020 and 2022). */
    private static final Map<Integer, String> PUBLISHED = Map.of(
            2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
            2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
            2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
            2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
            2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
            2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
            2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
            2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
            2028, "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26");

    /** Easter Sunday as the published tables give it. */
    private static final String EASTER = "2020-04-12 2021-04-04 2022-04-17 2023-04-09 2024-03-31 2025-04-20 "
            + "2026-04-05 2027-03-28 2028-04-16 2029-04-01 2030-04-21 2031-04-13 2032-03-28 2033-04-17 2034-04-09 "
            + "2035-03-25 2036-04-13 2037-04-05 2038-04-25 2039-04-10 2040-04-01";

    @Test
    void englandAndWalesMatchWhatWasPublished() {
        PUBLISHED.forEach((year, days) -> assertEquals(days(year, days),
                BankHolidays.ENGLAND_AND_WALES.in(year), "England and Wales, " + year));
    }

    @Test
    void theOneOffsAndMovesComeFromConfigurationNotTheRules() {
        BankHolidays rulesOnly = BankHolidays.of(BankHolidays.Nation.ENGLAND_AND_WALES, "", "");
        assertTrue(rulesOnly.contains(LocalDate.of(2020, 5, 4)), "by the rules, the first Monday in May");
        assertFalse(rulesOnly.contains(LocalDate.of(2020, 5, 8)));
        assertFalse(rulesOnly.contains(LocalDate.of(2022, 9, 19)), "a state funeral is no rule's");
        assertTrue(rulesOnly.contains(LocalDate.of(2022, 5, 30)));
        BankHolidays configured = BankHolidays.of(BankHolidays.Nation.ENGLAND_AND_WALES, "2031-07-04",
                "2031-05-05>2031-05-09");
        assertTrue(configured.contains(LocalDate.of(2031, 7, 4)) && configured.contains(LocalDate.of(2031, 5, 9)));
        assertFalse(configured.contains(LocalDate.of(2031, 5, 5)));
        assertThrows(IllegalArgumentException.class,
                () -> BankHolidays.of(BankHolidays.Nation.ENGLAND_AND_WALES, "", "2031-05-05"));
    }

    @Test
    void easterIsComputedForAnyYear() {
        for (String day : EASTER.split(" ")) {
            LocalDate easter = LocalDate.parse(day);
            assertEquals(easter, BankHolidays.easterSunday(easter.getYear()));
        }
    }

    @Test
    void everyYearTo2040FollowsTheRules() {
        BankHolidays rules = BankHolidays.of(BankHolidays.Nation.ENGLAND_AND_WALES, "", "");
        for (String day : EASTER.split(" ")) {
            LocalDate easter = LocalDate.parse(day);
            Set<LocalDate> year = rules.in(easter.getYear());
            assertEquals(8, year.size(), year.toString());
            assertTrue(year.stream().allMatch(d -> d.getDayOfWeek().getValue() <= 5), "weekdays only: " + year);
            assertTrue(year.contains(easter.minusDays(2)) && year.contains(easter.plusDays(1)));
            assertEquals(3, year.stream().filter(d -> d.getMonth() == Month.MAY || d.getMonth() == Month.AUGUST)
                    .filter(d -> d.getDayOfWeek() == DayOfWeek.MONDAY).count(), "early May, spring, summer");
            LocalDate christmas = LocalDate.of(easter.getYear(), 12, 25);
            List<LocalDate> end = year.stream().filter(d -> d.getMonth() == Month.DECEMBER).toList();
            switch (christmas.getDayOfWeek()) {
                case FRIDAY -> assertEquals(List.of(christmas, christmas.plusDays(3)), end);
                case SATURDAY -> assertEquals(List.of(christmas.plusDays(2), christmas.plusDays(3)), end);
                case SUNDAY -> assertEquals(List.of(christmas.plusDays(1), christmas.plusDays(2)), end);
                default -> assertEquals(List.of(christmas, christmas.plusDays(1)), end);
            }
        }
        // years that put the substitutes to the test
        assertEquals(days(2033, "01-03 04-15 04-18 05-02 05-30 08-29 12-26 12-27"), rules.in(2033),
                "2033: New Year's Day on a Saturday, Christmas on a Sunday");
        assertEquals(days(2037, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28"), rules.in(2037),
                "2037: Boxing Day on a Saturday");
        assertEquals(days(2038, "01-01 04-23 04-26 05-03 05-31 08-30 12-27 12-28"), rules.in(2038),
                "2038: Christmas on a Saturday");
    }

    @Test
    void scotlandAndNorthernIrelandKeepTheirOwnDays() {
        BankHolidays scotland = BankHolidays.of(BankHolidays.Nation.named("scotland"), BankHolidays.PUBLISHED_ADDED,
                BankHolidays.PUBLISHED_MOVED);
        assertEquals(days(2022, "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27"),
                scotland.in(2022), "Scotland 2022, as published");
        BankHolidays northernIreland = BankHolidays.of(BankHolidays.Nation.named("northern-ireland"),
                BankHolidays.PUBLISHED_ADDED, BankHolidays.PUBLISHED_MOVED);
        assertEquals(days(2023, "01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26"),
                northernIreland.in(2023), "Northern Ireland 2023, as published");
        assertEquals(days(2021, "01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28"),
                northernIreland.in(2021));
    }

    private static Set<LocalDate> days(int year, String monthDays) {
        return Arrays.stream(monthDays.split(" ")).map(md -> LocalDate.parse(year + "-" + md))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
