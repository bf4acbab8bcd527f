package org.carecommunities.assetmap.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words a service is found by, and the words of a search: lower case, letters and digits, at least two
 * characters, without the little words every description has. A listing's words are kept in their own indexed
 * table, so a search looks words up instead of reading every description; a search word finds the words that
 * start with it ("walk" finds "walking").
 */
public final class SearchWords {

    /** The longest word kept (longer ones are cut: a search for their start still finds them). */
    public static final int WORD_MAX = 40;
    /** The most words of a search that count. */
    public static final int QUERY_MAX = 6;

    private static final Set<String> LITTLE = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
            "from", "in", "is", "it", "its", "of", "on", "or", "our", "the", "to", "we", "with", "you", "your",
            // and Welsh's: "and", "on", "in", "the", "his/her", "their", "is", "or", "with"
            "ac", "ar", "yn", "yr", "ei", "eu", "mae", "neu", "gyda");

    private SearchWords() {
    }

    /** The distinct words of these texts (nulls ignored), in the order they first appear. */
    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        Stream.of(texts).filter(Objects::nonNull).flatMap(SearchWords::split).forEach(words::add);
        return words;
    }

    /** The words of a search, at most {@link #QUERY_MAX}. */
    public static List<String> query(String text) {
        return text == null ? List.of() : split(text).distinct().limit(QUERY_MAX).toList();
    }

    /**
     * Lower case and without accents, so a search typed without them finds words written with them (Welsh's
     * "cŵn" by "cwn", "café" by "cafe"), and the other way round.
     */
    private static Stream<String> split(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.UK), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 2 && !LITTLE.contains(w))
                .map(w -> w.length() > WORD_MAX ? w.substring(0, WORD_MAX) : w);
    }
}
