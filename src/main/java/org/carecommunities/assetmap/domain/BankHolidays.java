package org.carecommunities.assetmap.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UK's bank holidays in any year, computed by the rules each nation keeps, for schedules that do not meet on
 * them: Good Friday and (outside Scotland) Easter Monday from Easter; the early May, spring and summer Mondays;
 * fixed days (New Year's Day, Christmas Day, Boxing Day, and the nation's own) with a substitute weekday when
 * they fall at a weekend. What no rule foresees (a jubilee, a state funeral, VE Day's anniversary moving the
 * early May holiday) is added or moved by configuration; {@link #PUBLISHED_ADDED} and {@link #PUBLISHED_MOVED}
 * are those GOV.UK has announced, the configuration's defaults.
 */
public final class BankHolidays {

    /** The nations whose bank holidays differ. */
    public enum Nation {
        ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND;

        /** {@code england-and-wales}, {@code scotland}, {@code northern-ireland}. */
        public static Nation named(String name) {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** One-off bank holidays announced so far: royal wedding, jubilees, a state funeral, a coronation. */
    public static final String PUBLISHED_ADDED = "2011-04-29,2012-06-05,2022-06-03,2022-09-19,2023-05-08";

    /** Bank holidays announced as moved, from the rules' day to another: VE Day's 75th, two jubilees. */
    public static final String PUBLISHED_MOVED = "2012-05-28>2012-06-04,2020-05-04>2020-05-08,"
            + "2022-05-30>2022-06-02";

    /** England and Wales with the published one-offs: the default. */
    public static final BankHolidays ENGLAND_AND_WALES = of(Nation.ENGLAND_AND_WALES, PUBLISHED_ADDED,
            PUBLISHED_MOVED);

    private final Nation nation;
    private final Set<LocalDate> added;
    private final Map<LocalDate, LocalDate> moved;
    private final Map<Integer, Set<LocalDate>> years = new ConcurrentHashMap<>();

    private BankHolidays(Nation nation, Set<LocalDate> added, Map<LocalDate, LocalDate> moved) {
        this.nation = nation;
        this.added = added;
        this.moved = moved;
    }

    /**
     * A nation's bank holidays, with one-offs added ({@code 2022-09-19,2023-05-08}) and days moved
     * ({@code 2020-05-04>2020-05-08}), as configured; either may be empty.
     *
     * @throws IllegalArgumentException where a date does not read
     */
    public static BankHolidays of(Nation nation, String added, String moved) {
        Set<LocalDate> extra = new TreeSet<>();
        for (String day : items(added)) {
            extra.add(LocalDate.parse(day));
        }
        Map<LocalDate, LocalDate> moves = new HashMap<>();
        for (String move : items(moved)) {
            String[] fromTo = move.split(">");
            if (fromTo.length != 2) {
                throw new IllegalArgumentException("A moved bank holiday reads from>to, not " + move);
            }
            moves.put(LocalDate.parse(fromTo[0].trim()), LocalDate.parse(fromTo[1].trim()));
        }
        return new BankHolidays(nation, Set.copyOf(extra), Map.copyOf(moves));
    }

    private static List<String> items(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Whether the day is a bank holiday. */
    public boolean contains(LocalDate day) {
        return in(day.getYear()).contains(day);
    }

    /** The year's bank holidays, in order. */
    public Set<LocalDate> in(int year) {
        return years.computeIfAbsent(year, this::compute);
    }

    private Set<LocalDate> compute(int year) {
        LocalDate easter = easterSunday(year);
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(easter.minusDays(2));
        if (nation != Nation.SCOTLAND) {
            days.add(easter.plusDays(1));
        }
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(nation == Nation.SCOTLAND
                ? LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                : LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        // fixed days on a weekday first, so a substitute never lands on one of them (Boxing Day on the Monday
        // after a Sunday Christmas pushes Christmas's substitute to the Tuesday)
        List<LocalDate> weekend = new ArrayList<>();
        for (MonthDay fixed : fixedDays()) {
            LocalDate day = fixed.atYear(year);
            if (weekendDay(day)) {
                weekend.add(day);
            } else {
                days.add(day);
            }
        }
        for (LocalDate day : weekend) {
            LocalDate substitute = day;
            while (weekendDay(substitute) || days.contains(substitute)) {
                substitute = substitute.plusDays(1);
            }
            days.add(substitute);
        }
        moved.forEach((from, to) -> {
            if (days.remove(from)) {
                days.add(to);
            }
        });
        added.stream().filter(day -> day.getYear() == year).forEach(days::add);
        return java.util.Collections.unmodifiableSet(days);
    }

    private List<MonthDay> fixedDays() {
        List<MonthDay> fixed = new java.util.ArrayList<>();
        fixed.add(MonthDay.of(Month.JANUARY, 1)); // New Year's Day
        if (nation == Nation.SCOTLAND) {
            fixed.add(MonthDay.of(Month.JANUARY, 2)); // 2nd January
            fixed.add(MonthDay.of(Month.NOVEMBER, 30)); // St Andrew's Day
        }
        if (nation == Nation.NORTHERN_IRELAND) {
            fixed.add(MonthDay.of(Month.MARCH, 17)); // St Patrick's Day
            fixed.add(MonthDay.of(Month.JULY, 12)); // Battle of the Boyne
        }
        fixed.add(MonthDay.of(Month.DECEMBER, 25)); // Christmas Day
        fixed.add(MonthDay.of(Month.DECEMBER, 26)); // Boxing Day
        return List.copyOf(fixed);
    }

    private static boolean weekendDay(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
