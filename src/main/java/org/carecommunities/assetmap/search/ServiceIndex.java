package org.carecommunities.assetmap.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What the search needs of every published listing, in memory: a compact entry each, the words they are found by
 * (each word with the sorted numbers of the entries that have it, so a word's start is a range of the dictionary),
 * and the entries of each category. A search narrows by words and categories first (sets of entry numbers), tests
 * the few that are left against the other filters, and keeps only the best page's worth in order (a bounded heap),
 * so it never sorts or measures more than it must. Many searches read at once; a change waits for them.
 */
public final class ServiceIndex {

    /** A published listing as the search sees it. Ages and times are null when the listing does not say. */
    public record Entry(long id, String name, LocalDate reviewedOn, long neighbourhoodId, String groupSlug, boolean free,
                 Integer minimumAge, Integer maximumAge, LocalDateTime modifiedAt, List<String> words,
                 List<String> terms, List<Venue> venues, List<Meeting> meetings) {

        public Entry {
            name = name.toLowerCase(Locale.UK);
            words = List.copyOf(words);
            terms = List.copyOf(terms);
            venues = List.copyOf(venues);
            meetings = List.copyOf(meetings);
        }

        /** Its venues' latitudes and longitudes, one after the other (what a distance needs, without the lists). */
        double[] places() {
            double[] places = new double[venues.size() * 2];
            for (int i = 0; i < venues.size(); i++) {
                places[2 * i] = venues.get(i).latitude();
                places[2 * i + 1] = venues.get(i).longitude();
            }
            return places;
        }
    }

    /** A venue: where, and whether it has step-free access. */
    public record Venue(long id, double latitude, double longitude, boolean stepFree) {
    }

    /** A regular meeting: the days its rule names (bit 0 Monday) and its hours. */
    public record Meeting(int days, LocalTime opens, LocalTime closes) {

        /** The days a schedule's {@code byday} names, in any of its forms ({@code MO}, {@code 2MO}, {@code -1FR}). */
        static int days(String byday) {
            int days = 0;
            String upper = byday.toUpperCase(Locale.ROOT);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (upper.contains(day.name().substring(0, 2))) {
                    days |= 1 << day.ordinal();
                }
            }
            return days;
        }

        /** On this day (any, when null), open at some time from start to end (either may be open-ended). */
        boolean meets(DayOfWeek day, LocalTime start, LocalTime end) {
            return (day == null || (days & 1 << day.ordinal()) != 0)
                    && (start == null || closes != null && closes.isAfter(start))
                    && (end == null || opens != null && opens.isBefore(end));
        }
    }

    /** How many there are in all, and the ids of one page of them, in order. */
    public record Found(long total, List<Long> ids) {
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private Entry[] entries = new Entry[256];
    private double[][] places = new double[256][];
    private int ordinals;
    private final Map<Long, Integer> ordinalOf = new HashMap<>();
    private final BitSet live = new BitSet();
    private final TreeMap<String, Postings> words = new TreeMap<>();
    private final Map<String, Postings> terms = new HashMap<>();
    private volatile Map<String, String> termCodes = Map.of();
    /**
     * The entries' numbers by name and id, made when first asked after one came or was renamed (null until then); it
     * may hold numbers no longer live, which a walk passes over.
     */
    private volatile int[] byName;

    /** The taxonomy's terms, code to id (they change only with the portal's migrations). */
    public void termCodes(Map<String, String> codeToId) {
        termCodes = Map.copyOf(codeToId);
    }

    /** The entry of a listing, if it is in the index. */
    public Entry get(long id) {
        return reading(() -> {
            Integer ordinal = ordinalOf.get(id);
            return ordinal == null ? null : entries[ordinal];
        });
    }

    public int size() {
        return reading(live::cardinality);
    }

    /** Adds these entries, or replaces the ones with the same ids. */
    public void putAll(List<Entry> changed) {
        writing(() -> changed.forEach(this::put));
    }

    /** Takes these listings out (no longer published); ids it does not hold are ignored. */
    public void removeAll(List<Long> ids) {
        writing(() -> ids.forEach(this::remove));
    }

    /** Many read at once; none while one writes. */
    private <T> T reading(java.util.function.Supplier<T> read) {
        lock.readLock().lock();
        try {
            return read.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void writing(Runnable write) {
        lock.writeLock().lock();
        try {
            write.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void put(Entry entry) {
        Integer known = ordinalOf.get(entry.id());
        Entry before = known == null ? null : entries[known];
        remove(entry.id());
        int ordinal = known != null ? known : ordinals++;
        if (ordinal >= entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
            places = Arrays.copyOf(places, entries.length);
        }
        entries[ordinal] = entry;
        places[ordinal] = entry.places();
        ordinalOf.put(entry.id(), ordinal);
        live.set(ordinal);
        if (before == null || !before.name().equals(entry.name())) {
            // a listing saved again under its name keeps its place: the order is made again only when one comes
            // or is renamed (a change is read again by every search for a while, see LiveServiceIndex)
            byName = null;
        }
        entry.words().forEach(w -> words.computeIfAbsent(w, x -> new Postings()).add(ordinal));
        entry.terms().forEach(t -> terms.computeIfAbsent(t, x -> new Postings()).add(ordinal));
    }

    private void remove(long id) {
        Integer ordinal = ordinalOf.get(id);
        if (ordinal == null || entries[ordinal] == null) {
            return;
        }
        Entry old = entries[ordinal];
        old.words().forEach(w -> drop(words, w, ordinal));
        old.terms().forEach(t -> drop(terms, t, ordinal));
        entries[ordinal] = null;
        places[ordinal] = null;
        // the name order keeps its number: a walk passes over what is no longer live
        live.clear(ordinal);
    }

    private static void drop(Map<String, Postings> index, String key, int ordinal) {
        Postings postings = index.get(key);
        if (postings != null && postings.remove(ordinal)) {
            index.remove(key);
        }
    }

    /**
     * A page of the listings the search matches: those last reviewed before {@code staleBefore} (if given) after
     * the rest, then nearest first (when the search has a point; listings without a venue last), then by name.
     */
    public Found services(ServiceSearch search, LocalDate staleBefore, int first, int max) {
        if (!search.hasPoint()) {
            return byName(search, staleBefore, first, max);
        }
        Top top = new Top(ServiceIndex::byService, first, max);
        matching(search, (i, entry) -> {
            double distance = search.distance(places[i], 0, places[i].length);
            if (!Double.isNaN(distance)) {
                top.offer(new Ranked(entry, 0, staleBefore != null && entry.reviewedOn().isBefore(staleBefore),
                        distance));
            }
        });
        return top.found(r -> r.entry.id());
    }

    /**
     * Without a point every match is as near as any other, so the order is by name (stale ones after the rest): the
     * entries are walked in that order and the page taken as it passes, however deep (the Open Referral API's walk
     * through every page kept the best {@code first + max} of 100,000 in a heap: 400 ms a page deep in the list).
     */
    private Found byName(ServiceSearch search, LocalDate staleBefore, int first, int max) {
        return reading(() -> {
            BitSet candidates = candidates(search);
            int[] order = nameOrder();
            List<Long> ids = new ArrayList<>(Math.max(0, Math.min(max, 1_000)));
            long total = 0;
            for (int pass = 0; pass < (staleBefore == null ? 1 : 2); pass++) {
                boolean stale = pass == 1;
                for (int i : order) {
                    Entry entry = entries[i];
                    if (candidates.get(i) && (staleBefore == null || entry.reviewedOn().isBefore(staleBefore) == stale)
                            && search.accepts(entry)) {
                        if (total >= first && ids.size() < max) {
                            ids.add(entry.id());
                        }
                        total++;
                    }
                }
            }
            return new Found(total, ids);
        });
    }

    /** The live entries' numbers by name, then id (as {@link #byService} orders equals); under the read lock. */
    private int[] nameOrder() {
        int[] order = byName;
        if (order == null) {
            order = live.stream().boxed().sorted(Comparator.comparing((Integer i) -> entries[i].name())
                    .thenComparingLong(i -> entries[i].id())).mapToInt(Integer::intValue).toArray();
            byName = order;
        }
        return order;
    }

    /** A page of the venues of the listings the search matches: nearest first (if a point), by name, by venue. */
    public Found venues(ServiceSearch search, int first, int max) {
        Top top = new Top(ServiceIndex::byVenue, first, max);
        matching(search, (i, entry) -> {
            for (int v = 0; v < entry.venues().size(); v++) {
                double distance = search.distance(places[i], 2 * v, 2 * v + 2);
                if (!Double.isNaN(distance)) {
                    top.offer(new Ranked(entry, entry.venues().get(v).id(), false, distance));
                }
            }
        });
        return top.found(r -> r.venue);
    }

    /** What is done with each entry a search matches (and its number). */
    private interface Match {
        void found(int ordinal, Entry entry);
    }

    /** Each entry that has the words and categories and passes the other filters, under the read lock. */
    private void matching(ServiceSearch search, Match match) {
        reading(() -> {
            BitSet candidates = candidates(search);
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                if (search.accepts(entries[i])) {
                    match.found(i, entries[i]);
                }
            }
            return null;
        });
    }

    /** The entries that have every word (by its start) and every category asked for. */
    private BitSet candidates(ServiceSearch search) {
        BitSet candidates = (BitSet) live.clone();
        for (String word : search.words()) {
            BitSet having = new BitSet();
            words.subMap(word, true, word + Character.MAX_VALUE, false).values().forEach(p -> p.into(having));
            candidates.and(having);
        }
        List<String> wanted = new ArrayList<>(search.terms());
        search.categoryCodes().forEach(code -> wanted.add(termCodes.getOrDefault(code, "")));
        for (String term : wanted) {
            BitSet having = new BitSet();
            Postings postings = terms.get(term);
            if (postings != null) {
                postings.into(having);
            }
            candidates.and(having);
        }
        return candidates;
    }

    /** One match as it ranks: its entry, the venue (for venue lists), whether it is stale, how far it is. */
    private record Ranked(Entry entry, long venue, boolean stale, double distance) {
    }

    /** Reviewed before stale, nearer before further, then by name and id. */
    private static int byService(Ranked a, Ranked b) {
        if (a.stale != b.stale) {
            return a.stale ? 1 : -1;
        }
        int c = Double.compare(a.distance, b.distance);
        if (c == 0) {
            c = a.entry.name().compareTo(b.entry.name());
        }
        return c != 0 ? c : Long.compare(a.entry.id(), b.entry.id());
    }

    /** Nearer before further, then by the service's name and id, then by venue. */
    private static int byVenue(Ranked a, Ranked b) {
        int c = Double.compare(a.distance, b.distance);
        if (c == 0) {
            c = a.entry.name().compareTo(b.entry.name());
        }
        if (c == 0) {
            c = Long.compare(a.entry.id(), b.entry.id());
        }
        return c != 0 ? c : Long.compare(a.venue, b.venue);
    }

    /** The best {@code first + max} of what is offered, worst on top of the heap, and how many were offered. */
    private static final class Top {
        private final Comparator<Ranked> order;
        private final PriorityQueue<Ranked> heap;
        private final int first;
        private final int keep;
        private long total;

        Top(Comparator<Ranked> order, int first, int max) {
            this.order = order;
            this.first = first;
            this.keep = (int) Math.min(Integer.MAX_VALUE - 8L, (long) first + max);
            this.heap = new PriorityQueue<>(order.reversed());
        }

        void offer(Ranked ranked) {
            total++;
            if (heap.size() < keep) {
                heap.add(ranked);
            } else if (keep > 0 && order.compare(ranked, heap.peek()) < 0) {
                heap.poll();
                heap.add(ranked);
            }
        }

        Found found(java.util.function.ToLongFunction<Ranked> id) {
            List<Ranked> best = new ArrayList<>(heap);
            best.sort(order);
            return new Found(total, best.subList(Math.min(first, best.size()), best.size()).stream()
                    .map(r -> id.applyAsLong(r)).toList());
        }
    }

    /** The entry numbers that have one word or category, sorted. */
    private static final class Postings {
        private int[] ordinals = new int[2];
        private int size;

        void add(int ordinal) {
            int at = Arrays.binarySearch(ordinals, 0, size, ordinal);
            if (at >= 0) {
                return;
            }
            at = -at - 1;
            if (size == ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, size * 2);
            }
            System.arraycopy(ordinals, at, ordinals, at + 1, size - at);
            ordinals[at] = ordinal;
            size++;
        }

        /** Removes it; true when none are left. */
        boolean remove(int ordinal) {
            int at = Arrays.binarySearch(ordinals, 0, size, ordinal);
            if (at >= 0) {
                System.arraycopy(ordinals, at + 1, ordinals, at, size - at - 1);
                size--;
            }
            return size == 0;
        }

        void into(BitSet bits) {
            for (int i = 0; i < size; i++) {
                bits.set(ordinals[i]);
            }
        }
    }
}
