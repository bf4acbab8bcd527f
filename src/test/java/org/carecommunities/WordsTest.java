package org.carecommunities;

import com.ibm.icu.text.MessagePattern;
import org.carecommunities.assetmap.search.Taxonomy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every word the portal shows is in its bundles, in every language: no bundle lacks a key another has, no key is
 * left that the code does not use, none is used that is not there, each module speaks from its own bundle (or the
 * platform's), and no template holds words of its own ({@link TemplateWords}).
 */
class WordsTest {

    static final Path BUNDLES = Path.of("src/main/resources/messages");
    static final Path JAVA = Path.of("src/main/java");
    static final Path TEMPLATES = Path.of("src/main/jte");
    static final Path COMPILED_TEMPLATES = Path.of("target/generated-sources/jte");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void everyLanguageHasEveryKeyWithTheSameArguments() {
        List<String> problems = new ArrayList<>();
        Map<String, Properties> english = sources();
        for (Path file : files(BUNDLES, ".properties")) {
            String name = file.getFileName().toString().replace(".properties", "");
            int underscore = name.indexOf('_');
            if (underscore < 0) {
                continue;
            }
            Properties translated = load(file);
            Properties source = english.get(name.substring(0, underscore));
            if (source == null) {
                problems.add(file + ": no English bundle " + name.substring(0, underscore));
                continue;
            }
            for (String key : source.stringPropertyNames()) {
                if (!translated.containsKey(key)) {
                    problems.add(file + ": no " + key);
                } else if (!arguments(source.getProperty(key)).equals(arguments(translated.getProperty(key)))) {
                    problems.add(file + ": " + key + " takes " + arguments(translated.getProperty(key))
                            + ", the English " + arguments(source.getProperty(key)));
                }
            }
            translated.stringPropertyNames().stream().filter(k -> !source.containsKey(k))
                    .forEach(k -> problems.add(file + ": " + k + " is not in English"));
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A key is used where a source names it in quotes, or in braces as a constraint's message; a key asked for
     * ({@code t("forum.x")}, {@code message = "{forum.x}"}) must be in its module's bundle or the platform's.
     */
    @Test
    void everyKeyIsUsedAndEveryKeyAskedForIsThereInItsModulesBundle() {
        Map<String, Properties> english = sources();
        Set<String> all = english.values().stream().flatMap(p -> p.stringPropertyNames().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> used = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        String bundles = String.join("|", english.keySet());
        Pattern quoted = Pattern.compile("(?<=[\"{])((?:" + bundles + ")(?:\\.[a-zA-Z0-9]+)+)(?=[\"}])");
        Pattern asked = Pattern.compile("(?:\\bt\\((?:[^\"()]*,\\s*)?\"|message = \"\\{)"
                + "([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9.]*)[\"}]");
        Stream.concat(files(JAVA, ".java").stream(), files(TEMPLATES, ".jte").stream()).forEach(file -> {
            // a key in a comment (an example in a Javadoc) is neither used nor asked for
            String source = read(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("<%--(?s).*?--%>", "");
            Matcher named = quoted.matcher(source);
            while (named.find()) {
                used.add(named.group(1));
            }
            String module = module(file);
            Matcher ask = asked.matcher(source);
            while (ask.find()) {
                String key = ask.group(1);
                if (!all.contains(key)) {
                    problems.add(file + ": " + key + " is in no bundle");
                }
                String bundle = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                if (!bundle.equals(module) && !bundle.equals("platform")) {
                    problems.add(file + ": " + key + " is another module's");
                }
            }
        });
        // the taxonomy's words are asked for by each term's code (Taxonomy.key), the terms being data
        Set<String> termKeys = new TreeSet<>();
        taxonomyCodes().forEach(code -> termKeys.addAll(List.of(Taxonomy.key(code), Taxonomy.key(code) + ".covers")));
        all.stream().filter(k -> !used.contains(k) && !k.startsWith("platform.language.") && !termKeys.contains(k))
                .forEach(k -> problems.add(k + " is used nowhere"));
        termKeys.stream().filter(k -> !all.contains(k)).forEach(k -> problems.add(k + ", a term's words, is missing"));
        assertEquals(List.of(), problems);
    }

    /** The codes of the taxonomy's terms, as the migrations write them. */
    static List<String> taxonomyCodes() {
        Pattern insert = Pattern.compile(
                "INSERT INTO asset_taxonomy_term \\(id, code,[^)]*\\) VALUES \\('[^']*', '([^']+)'");
        return files(Path.of("src/main/resources/db/migration/assetmap"), ".sql").stream()
                .flatMap(file -> insert.matcher(read(file)).results().map(m -> m.group(1))).toList();
    }

    @Test
    void templatesHoldNoWordsOfTheirOwn() {
        assertTrue(Files.isDirectory(COMPILED_TEMPLATES), "the templates are compiled before the tests");
        Map<String, List<String>> found = new TreeMap<>();
        for (Path file : files(COMPILED_TEMPLATES, ".java")) {
            List<String> words = TemplateWords.of(read(file));
            if (!words.isEmpty()) {
                found.put(TemplateWords.name(read(file)), words);
            }
        }
        List<String> problems = new ArrayList<>();
        found.forEach((template, words) -> problems.add(template + ": " + words));
        assertEquals(List.of(), problems);
    }

    /**
     * Java sources write no words of their own for a reader ({@link JavaWords}): each literal left is named here with
     * why it is not the reader's words. A file listed whole is one whose every literal is for someone else; a literal
     * listed is allowed wherever it stands.
     */
    private static final Map<String, String> FILES_NOT_FOR_READERS = Map.ofEntries(
            Map.entry("identity/oidc/", "the sign-in protocol's own words and messages to the operator who starts it"),
            Map.entry("identity/signin/", "messages to developers, in exceptions no reader sees"),
            Map.entry("identity/web/BackChannelLogoutResource.java", "answers to Keycloak's back channel"),
            Map.entry("platform/web/CsrfTokens.java", "messages to the operator who starts the portal"),
            Map.entry("referral/referrals/ReferralKey.java", "messages to the operator who starts the portal"),
            Map.entry("/rights/", "the data-rights record of each table, and the names erased records are kept "
                    + "under, in English as the legal record is"),
            Map.entry("assetmap/openreferral/OpenReferralFeed.java", "the Open Referral API, which answers in "
                    + "English: its data is read by other directories"),
            Map.entry("assetmap/web/OpenReferralResource.java", "the Open Referral API's errors, in English"),
            Map.entry("assetmap/UnmetSearch.java", "the fixed form searches' filters are kept in, said in the "
                    + "reader's language when read"));
    private static final Map<String, String> LITERALS_NOT_FOR_READERS = Map.ofEntries(
            Map.entry("Care Communities", "the portal's name"),
            Map.entry("Care Communities <no-reply@localhost>", "the default sender, an address"),
            Map.entry("-//Care Communities//Partnership boards//EN", "an iCalendar product id"),
            Map.entry("-//Care Communities//Asset map//EN", "an iCalendar product id"),
            Map.entry("English", "a new service's languages, as the Open Referral feed publishes them"),
            Map.entry("every ", "htmx's trigger syntax"),
            Map.entry("nofollow ugc noopener", "link relations"),
            Map.entry("-hint ", "an element's id"),
            Map.entry(" id=\\\"", "markup"),
            Map.entry(" ac ", "Welsh's \"and\" before a vowel, a rule of the language (Text.list)"),
            Map.entry("public, max-age=0, s-maxage=", "a header's value"),
            Map.entry(", Cookie, Accept-Language", "a header's value"),
            Map.entry("private, no-cache", "a header's value"),
            Map.entry("public, max-age=31536000, immutable", "a header's value"),
            Map.entry("public, max-age=3600, must-revalidate", "a header's value"),
            Map.entry("; Path=/; HttpOnly; SameSite=Lax", "a cookie's attributes"),
            Map.entry("img-src 'self' data: ", "a content security policy"),
            Map.entry("Too many requests", "the API's error code, in English as its other errors are"),
            Map.entry("lifted the suspension of", "a moderation action's fixed code, said by key when read"),
            Map.entry("stood down", "a moderation action's fixed code, said by key when read"),
            Map.entry("Edited the text, digest ", "the audit trail, a legal record kept in English"),
            Map.entry("; now ", "the audit trail, a legal record kept in English"),
            Map.entry("kept to the board", "the audit trail, a legal record kept in English"),
            Map.entry("; signs for ", "the audit trail, a legal record kept in English"),
            Map.entry(" (no member chosen)", "the audit trail, a legal record kept in English"),
            Map.entry("Location", "a header's name"),
            Map.entry("temporarily closed", "an Open Referral status, as a feed gives it"),
            Map.entry("step free", "words looked for in a feed's English accessibility text"),
            Map.entry("level access", "words looked for in a feed's English accessibility text"),
            Map.entry("link worker", "words looked for in a feed's English application process"),
            Map.entry("turn up", "words looked for in a feed's English application process"),
            Map.entry("drop in", "words looked for in a feed's English application process"),
            Map.entry("no need to book", "words looked for in a feed's English application process"));

    @Test
    void javaWritesNoWordsOfItsOwn() {
        Path root = JAVA.resolve("org/carecommunities");
        List<String> problems = new ArrayList<>();
        for (Path file : files(root, ".java")) {
            String name = root.relativize(file).toString().replace('\\', '/');
            if (FILES_NOT_FOR_READERS.keySet().stream().anyMatch(name::contains)) {
                continue;
            }
            JavaWords.of(read(file)).stream()
                    .filter(found -> !LITERALS_NOT_FOR_READERS.containsKey(found.substring(found.indexOf(": ") + 2)))
                    .forEach(found -> problems.add(name + ":" + found));
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A message is made in the language of the request it answers: a constant holding one would keep the language of
     * whoever first loaded its class.
     */
    @Test
    void noConstantHoldsAMessage() {
        Pattern constant = Pattern.compile("static final [^;=]*=[^;]*\\bText\\.t\\(");
        List<String> problems = files(JAVA, ".java").stream()
                .filter(file -> constant.matcher(read(file)).find()).map(Path::toString).toList();
        assertEquals(List.of(), problems);
    }

    /** The argument names of a message pattern, in order of first use. */
    static Set<String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }

    /** The English bundles by name. */
    static Map<String, Properties> sources() {
        Map<String, Properties> bundles = new TreeMap<>();
        for (Path file : files(BUNDLES, ".properties")) {
            String name = file.getFileName().toString().replace(".properties", "");
            if (name.indexOf('_') < 0) {
                bundles.put(name, load(file));
            }
        }
        return bundles;
    }

    /** The module a source belongs to: its folder under the base package, or under the templates. */
    private static String module(Path file) {
        if (file.startsWith(TEMPLATES)) {
            String folder = TEMPLATES.relativize(file).getName(0).toString();
            return folder.equals("layout") ? "platform" : folder;
        }
        Path relative = JAVA.relativize(file);
        return relative.getNameCount() > 3 ? relative.getName(2).toString() : "";
    }

    static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
