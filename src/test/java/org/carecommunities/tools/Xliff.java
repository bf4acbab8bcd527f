package org.carecommunities.tools;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The message bundles to and from XLIFF 2.0, for translators: one file a language, one {@code <file>} a module's
 * bundle, one {@code <unit>} a message (its key the unit's id, its English the source, the language's words the
 * target where there are some). A translator's tool fills in the targets; importing writes the language's bundles,
 * in the English bundles' order. A new language starts from an export with no targets.
 *
 * <pre>
 * java src/test/java/org/carecommunities/tools/Xliff.java export cy target/cy.xlf
 * java src/test/java/org/carecommunities/tools/Xliff.java import target/cy.xlf
 * </pre>
 * Messages are ICU message patterns: a translation keeps the arguments in braces ({@code {count}}) and the plural
 * forms' keywords, which {@code WordsTest} checks.
 */
public final class Xliff {

    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final Path BUNDLES = Path.of("src/main/resources/messages");

    private Xliff() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("export")) {
            Files.writeString(Path.of(args[2]), export(BUNDLES, args[1]), StandardCharsets.UTF_8);
            System.out.println("Wrote " + args[2]);
        } else if (args.length == 2 && args[0].equals("import")) {
            List<Path> written = importInto(BUNDLES, Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
            written.forEach(p -> System.out.println("Wrote " + p));
        } else {
            System.err.println("Usage: Xliff export <language code> <file.xlf> | Xliff import <file.xlf>");
            System.exit(2);
        }
    }

    /** The bundles of {@code code} (an ISO 639-1 code) as XLIFF 2.0, English the source. */
    public static String export(Path bundles, String code) throws Exception {
        Document xml = builder().newDocument();
        Element root = xml.createElementNS(NS, "xliff");
        root.setAttribute("version", "2.0");
        root.setAttribute("srcLang", tag(bundles, ""));
        Path platform = bundles.resolve("platform_" + code + ".properties");
        root.setAttribute("trgLang", Files.exists(platform) ? tag(bundles, code) : code);
        xml.appendChild(root);
        for (Path english : sources(bundles)) {
            String bundle = english.getFileName().toString().replace(".properties", "");
            Map<String, String> source = read(english);
            Path translatedFile = bundles.resolve(bundle + "_" + code + ".properties");
            Map<String, String> target = Files.exists(translatedFile) ? read(translatedFile) : Map.of();
            Element file = xml.createElementNS(NS, "file");
            file.setAttribute("id", bundle);
            file.setAttribute("original", "messages/" + bundle + ".properties");
            root.appendChild(file);
            for (Map.Entry<String, String> message : source.entrySet()) {
                Element unit = xml.createElementNS(NS, "unit");
                unit.setAttribute("id", message.getKey());
                Element segment = xml.createElementNS(NS, "segment");
                String translated = target.get(message.getKey());
                segment.setAttribute("state", translated == null ? "initial" : "translated");
                Element sourceText = xml.createElementNS(NS, "source");
                sourceText.setTextContent(message.getValue());
                segment.appendChild(sourceText);
                if (translated != null) {
                    Element targetText = xml.createElementNS(NS, "target");
                    targetText.setTextContent(translated);
                    segment.appendChild(targetText);
                }
                unit.appendChild(segment);
                file.appendChild(unit);
            }
        }
        Transformer out = TransformerFactory.newInstance().newTransformer();
        out.setOutputProperty(OutputKeys.INDENT, "yes");
        out.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        java.io.StringWriter text = new java.io.StringWriter();
        out.transform(new DOMSource(xml), new StreamResult(text));
        return text.toString();
    }

    /**
     * Writes the target language's bundles from an XLIFF 2.0 file, each message in its English bundle's order;
     * a unit without a target leaves the message out (the portal then shows its English). Returns the files written.
     */
    public static List<Path> importInto(Path bundles, String xliff) throws Exception {
        Element root = builder().parse(new org.xml.sax.InputSource(new StringReader(xliff))).getDocumentElement();
        if (!NS.equals(root.getNamespaceURI()) || !"2.0".equals(root.getAttribute("version"))) {
            throw new IllegalArgumentException("Not an XLIFF 2.0 document");
        }
        String code = java.util.Locale.forLanguageTag(root.getAttribute("trgLang")).getLanguage();
        if (code.isEmpty() || !code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("trgLang names no language: " + root.getAttribute("trgLang"));
        }
        List<Path> written = new ArrayList<>();
        NodeList files = root.getElementsByTagNameNS(NS, "file");
        for (int f = 0; f < files.getLength(); f++) {
            Element file = (Element) files.item(f);
            String bundle = file.getAttribute("id");
            Path english = bundles.resolve(bundle + ".properties");
            if (!bundle.matches("[a-z]+") || !Files.exists(english)) {
                throw new IllegalArgumentException("No bundle " + bundle);
            }
            Map<String, String> targets = new LinkedHashMap<>();
            NodeList units = file.getElementsByTagNameNS(NS, "unit");
            for (int u = 0; u < units.getLength(); u++) {
                Element unit = (Element) units.item(u);
                NodeList target = unit.getElementsByTagNameNS(NS, "target");
                if (target.getLength() > 0) {
                    targets.put(unit.getAttribute("id"), text(target.item(0)));
                }
            }
            Path out = bundles.resolve(bundle + "_" + code + ".properties");
            List<String> header = Files.exists(out) ? Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                    .takeWhile(line -> line.startsWith("#")).toList()
                    : List.of("# " + bundle + " in " + root.getAttribute("trgLang") + ", imported from XLIFF.");
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (String line : header) {
                    w.write(line + "\n");
                }
                for (String key : read(english).keySet()) {
                    if (targets.containsKey(key)) {
                        w.write(key + "=" + escape(targets.get(key)) + "\n");
                    }
                }
            }
            written.add(out);
        }
        return written;
    }

    private static String text(Node node) {
        return node.getTextContent();
    }

    /** A value as a properties file writes it: backslashes, line ends and a leading space escaped; UTF-8 kept. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(i == 0 && c == ' ' ? "\\ " : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** A bundle's messages in the file's order. */
    static Map<String, String> read(Path file) {
        try {
            Properties values = new Properties();
            values.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            Map<String, String> ordered = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    String key = line.substring(0, equals).strip();
                    if (values.containsKey(key)) {
                        ordered.putIfAbsent(key, values.getProperty(key));
                    }
                }
            }
            return ordered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sources(Path bundles) throws IOException {
        try (Stream<Path> files = Files.list(bundles)) {
            return files.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties")).sorted().toList();
        }
    }

    private static String tag(Path bundles, String code) {
        Path platform = bundles.resolve("platform" + (code.isEmpty() ? "" : "_" + code) + ".properties");
        return read(platform).getOrDefault("platform.language.tag", code);
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder();
    }
}
