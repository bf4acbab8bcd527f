package org.carecommunities.platform;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import gg.jte.Content;
import gg.jte.html.escape.Escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Every word the portal says, in the reader's language. Messages live in bundles, one per module, under
 * {@value #FOLDER}: {@code forum.properties} holds the forum's messages in English (the source every other
 * language is translated from) and {@code forum_cy.properties} the same keys in Welsh. A key's first part names its
 * bundle ({@code forum.thread.reply} is in {@code forum}). Messages are ICU message patterns, so plurals follow each
 * language's rules ({@code {count, plural, one {# reply} other {# replies}}}; Welsh has six forms), and arguments
 * are named.
 *
 * <p>The languages are those with a {@code platform} bundle: a new language is a new set of bundles, with its
 * name, tag and direction in its {@code platform} bundle, and no change to code.
 *
 * <p>The language of the request being served is set as it begins ({@link #use}); what is made outside a request
 * (an email to a member) is made {@link #in} the recipient's language.
 */
public final class Text {

    /** Where the bundles are, on the class path. */
    public static final String FOLDER = "messages";
    /** The bundle of every language's name, tag and direction, and of the platform's own words. */
    public static final String PLATFORM = "platform";
    private static final Logger LOG = Logger.getLogger(Text.class.getName());
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");
    private static final Set<String> VOWELS = Set.of("a", "e", "i", "o", "u", "w", "y", "â", "ê", "î", "ô",
            "û", "ŵ", "ŷ", "á", "é", "í", "ó", "ú", "à", "è", "ì", "ò", "ù", "ä", "ë", "ï", "ö", "ü");

    private static final ThreadLocal<Language> CURRENT = new ThreadLocal<>();
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();
    private static final Set<String> MISSING = ConcurrentHashMap.newKeySet();
    private static volatile List<Language> languages;

    private Text() {
    }

    /**
     * A language the portal speaks.
     *
     * @param code        the bundles' suffix: ISO 639-1 ({@code cy}), empty for English, the source
     * @param tag         its BCP 47 tag as pages give it ({@code cy-GB})
     * @param name        its name in itself ("Cymraeg")
     * @param rightToLeft whether it is written right to left
     */
    public record Language(String code, String tag, String name, boolean rightToLeft) {

        public Locale locale() {
            return Locale.forLanguageTag(tag);
        }

        /** The value of {@code dir} on an element in this language. */
        public String dir() {
            return rightToLeft ? "rtl" : "ltr";
        }

        /** The short code a cookie and a link carry ({@code en}, {@code cy}). */
        public String id() {
            return locale().getLanguage();
        }
    }

    /** Every language there are bundles for, English first, then by tag. */
    public static List<Language> languages() {
        List<Language> known = languages;
        if (known == null) {
            List<Language> found = new ArrayList<>();
            found.add(describe(""));
            Arrays.stream(Locale.getISOLanguages()).sorted()
                    .filter(code -> Text.class.getClassLoader()
                            .getResource(FOLDER + "/" + PLATFORM + "_" + code + ".properties") != null)
                    .filter(code -> !code.equals(found.get(0).id()))
                    .forEach(code -> found.add(describe(code)));
            known = List.copyOf(found);
            languages = known;
        }
        return known;
    }

    private static Language describe(String code) {
        Properties platform = bundle(PLATFORM, code);
        String prefix = PLATFORM + ".language.";
        return new Language(code, platform.getProperty(prefix + "tag"), platform.getProperty(prefix + "name"),
                "rtl".equals(platform.getProperty(prefix + "direction")));
    }

    /** The source language, which every message has. */
    public static Language english() {
        return languages().get(0);
    }

    /** The language with this short code or tag ({@code cy}, {@code cy-GB}), or null when there is none. */
    public static Language language(String codeOrTag) {
        if (codeOrTag == null || codeOrTag.isBlank()) {
            return null;
        }
        String wanted = Locale.forLanguageTag(codeOrTag.strip()).getLanguage();
        return languages().stream().filter(l -> l.id().equals(wanted)).findFirst().orElse(null);
    }

    /**
     * The language that best answers an {@code Accept-Language} header (RFC 4647 lookup over the languages there
     * are), or null when it names none of them.
     */
    public static Language accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0 || range.getRange().equals("*")) {
                continue;
            }
            Language language = language(range.getRange());
            if (language != null) {
                return language;
            }
        }
        return null;
    }

    /** The language of what is being made on this thread: the request's, else English. */
    public static Language current() {
        Language language = CURRENT.get();
        return language == null ? english() : language;
    }

    /** Sets the language of the request this thread serves, until {@link #done()}. */
    public static void use(Language language) {
        CURRENT.set(language);
    }

    /** The request is served: the thread speaks English again. */
    public static void done() {
        CURRENT.remove();
    }

    /** What {@code made} makes, made in {@code language} (an email in its recipient's language). */
    public static <T> T in(Language language, Supplier<T> made) {
        Language before = CURRENT.get();
        CURRENT.set(language == null ? english() : language);
        try {
            return made.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /**
     * The message with this key in the current language, its arguments given as name-value pairs
     * ({@code t("forum.thread.replies", "count", 3)}), or by position for a pattern with numbered arguments.
     */
    public static String t(String key, Object... arguments) {
        return t(current(), key, arguments);
    }

    /** The message with this key in {@code language}; English where that language lacks it. */
    public static String t(Language language, String key, Object... arguments) {
        MessageFormat format = format(language, key);
        if (format == null) {
            if (MISSING.add(key)) {
                LOG.log(Level.SEVERE, "No message {0} in any bundle", key);
            }
            return key;
        }
        if (format.usesNamedArguments()) {
            Map<String, Object> named = new HashMap<>();
            for (int i = 0; i + 1 < arguments.length; i += 2) {
                named.put(String.valueOf(arguments[i]), arguments[i + 1]);
            }
            return format.format(named);
        }
        return format.format(arguments);
    }

    /**
     * A message holding a link, for a template: the part of it in double brackets ("To delete it, [[sign in to
     * your account]] and choose...") is the link's text, so a translation puts the link where its grammar wants it.
     * Everything is escaped; {@code id} may be null.
     */
    public static Content linked(String key, String href, String id, Object... arguments) {
        String message = t(key, arguments);
        int open = message.indexOf("[[");
        int close = message.indexOf("]]", open + 2);
        return output -> {
            if (open < 0 || close < 0) {
                Escape.htmlContent(message, output);
                return;
            }
            Escape.htmlContent(message.substring(0, open), output);
            output.writeContent("<a href=\"");
            Escape.htmlAttribute(href, output);
            output.writeContent("\"");
            if (id != null) {
                output.writeContent(" id=\"");
                Escape.htmlAttribute(id, output);
                output.writeContent("\"");
            }
            output.writeContent(">");
            Escape.htmlContent(message.substring(open + 2, close), output);
            output.writeContent("</a>");
            Escape.htmlContent(message.substring(close + 2), output);
        };
    }

    /** What a page's title starts with when its form came back with errors ("Error: "), else nothing. */
    public static String errorPrefix(Errors errors) {
        return errors.any() ? t("platform.form.errorPrefix") + " " : "";
    }

    /** Whether there is a message with this key in the source bundles. */
    public static boolean has(String key) {
        return key != null && KEY.matcher(key).matches() && message(english(), key) != null;
    }

    private static MessageFormat format(Language language, String key) {
        String cacheKey = language.code() + '\u0000' + key;
        MessageFormat format = FORMATS.get(cacheKey);
        if (format == null) {
            String pattern = message(language, key);
            Language in = language;
            if (pattern == null && !language.code().isEmpty()) {
                pattern = message(english(), key);
                in = english();
            }
            if (pattern == null) {
                return null;
            }
            format = new MessageFormat(pattern, ULocale.forLocale(in.locale()));
            FORMATS.put(cacheKey, format);
        }
        // a MessageFormat is not safe to share between threads while formatting: each use has its own copy
        return (MessageFormat) format.clone();
    }

    private static String message(Language language, String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        return bundle(key.substring(0, dot), language.code()).getProperty(key);
    }

    /** A bundle's messages: {@code messages/forum_cy.properties}, UTF-8; empty when there is no such file. */
    public static Properties bundle(String name, String code) {
        return BUNDLES.computeIfAbsent(name + "_" + code, ignored -> {
            Properties properties = new Properties();
            String path = FOLDER + "/" + name + (code.isEmpty() ? "" : "_" + code) + ".properties";
            try (InputStream in = Text.class.getClassLoader().getResourceAsStream(path)) {
                if (in != null) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        });
    }

    /**
     * Things listed as a sentence in the current language: "tea, cake and biscuits", "te, cacen ac afalau". Welsh is
     * written here, not by CLDR's pattern (which gives "a(c)" with a comma before it): "a" (and) is "ac" before a
     * vowel, with no comma before it.
     */
    public static String list(Collection<String> items) {
        Language language = current();
        List<String> parts = List.copyOf(items);
        if ("cy".equals(language.id()) && parts.size() > 1) {
            String last = parts.get(parts.size() - 1);
            return String.join(", ", parts.subList(0, parts.size() - 1))
                    + (startsWithVowel(last) ? " ac " : " a ") + last;
        }
        return ListFormatter.getInstance(ULocale.forLocale(language.locale()), ListFormatter.Type.AND,
                ListFormatter.Width.WIDE).format(parts);
    }

    private static boolean startsWithVowel(String word) {
        String first = word.strip().isEmpty() ? "" : word.strip().substring(0, 1).toLowerCase(Locale.ROOT);
        return VOWELS.contains(first);
    }

    /** The languages sorted for a choice: each in its own name, English first. */
    public static List<Language> choices() {
        List<Language> all = new ArrayList<>(languages());
        all.sort(Comparator.comparing((Language l) -> !l.code().isEmpty()).thenComparing(Language::name));
        return all;
    }
}
