package org.carecommunities.platform;

import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Optional;

/**
 * A language someone writes in, which need not be one the portal's pages are in: a post in Polish or Urdu on an
 * English page keeps its language, so a page marks it ({@code lang}, and {@code dir} for a language written right to
 * left) and a screen reader reads it in the right voice. Named in itself ("Polski", "اردو"), as a person looks for
 * their own language. The list is the languages most written in the neighbourhoods the portal serves; the pages'
 * own languages ({@link Text#languages()}) are always in it.
 */
public record WrittenLanguage(String tag, String name, boolean rightToLeft) {

    /** Besides the pages' languages: the languages most spoken at home in English and Welsh neighbourhoods. */
    private static final List<String> OTHERS = List.of("pl", "ur", "bn", "pa", "ro", "ar", "gu", "so", "pt", "es",
            "lt", "ta", "tr", "zh", "fr", "it");

    /** Every language a post may be written in: the pages' languages first, then the others by their tags' order. */
    public static List<WrittenLanguage> all() {
        return All.LIST;
    }

    /** Made once, when first asked for: read for every post shown. */
    private static final class All {
        private static final List<WrittenLanguage> LIST = made();

        private static List<WrittenLanguage> made() {
            java.util.LinkedHashMap<String, WrittenLanguage> all = new java.util.LinkedHashMap<>();
            Text.languages().forEach(l -> all.put(l.tag(), of(ULocale.forLanguageTag(l.tag()))));
            OTHERS.forEach(tag -> all.putIfAbsent(tag, of(ULocale.forLanguageTag(tag))));
            return List.copyOf(all.values());
        }
    }

    /** The language with this tag, if a post may be written in it. */
    public static Optional<WrittenLanguage> of(String tag) {
        return tag == null ? Optional.empty() : all().stream().filter(l -> l.tag().equalsIgnoreCase(tag.strip()))
                .findFirst();
    }

    /** The {@code dir} of a passage in this language (a tag): "rtl" for one written right to left, else none. */
    public static String direction(String tag) {
        return of(tag).filter(WrittenLanguage::rightToLeft).map(l -> "rtl").orElse(null);
    }

    /** Every language a post may be written in, for a form's list: its tag, and its name in itself. */
    public static List<Choice> choices() {
        return all().stream().map(l -> new Choice(l.tag(), l.name())).toList();
    }

    /** The language the reader's pages are in, as a post's language. */
    public static WrittenLanguage current() {
        return of(Text.current().tag()).orElseThrow();
    }

    private static WrittenLanguage of(ULocale locale) {
        String name = locale.getDisplayLanguage(locale);
        return new WrittenLanguage(locale.toLanguageTag(), name.isEmpty() ? locale.toLanguageTag()
                : name.substring(0, 1).toUpperCase(locale.toLocale()) + name.substring(1), locale.isRightToLeft());
    }
}
