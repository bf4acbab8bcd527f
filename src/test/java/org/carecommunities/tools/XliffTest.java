package org.carecommunities.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundles go to XLIFF 2.0 for a translator and come back the same; a new language starts with no targets. */
class XliffTest {

    @TempDir
    Path copy;

    private void copyBundles() throws Exception {
        try (Stream<Path> files = Files.list(Xliff.BUNDLES)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void welshGoesOutAndComesBackWithEveryMessageAsItWas() throws Exception {
        copyBundles();
        String xliff = Xliff.export(copy, "cy");
        assertTrue(xliff.contains("srcLang=\"en-GB\"") && xliff.contains("trgLang=\"cy-GB\""), xliff.substring(0, 300));
        assertTrue(xliff.contains("<unit id=\"forum.thread.replies\">"));
        assertTrue(xliff.contains("<target>{count, plural, zero {Dim atebion}"), "the Welsh as its target");
        Map<String, String> before = Xliff.read(copy.resolve("forum_cy.properties"));
        Files.delete(copy.resolve("forum_cy.properties"));

        List<Path> written = Xliff.importInto(copy, xliff);
        assertTrue(written.contains(copy.resolve("forum_cy.properties")));
        assertEquals(before, Xliff.read(copy.resolve("forum_cy.properties")), "every message, the same");
        for (String bundle : List.of("platform", "identity", "neighbourhood", "assetmap", "partnership")) {
            assertEquals(Xliff.read(Xliff.BUNDLES.resolve(bundle + "_cy.properties")),
                    Xliff.read(copy.resolve(bundle + "_cy.properties")), bundle);
        }
    }

    @Test
    void aTranslatorsChangeAndAMessageWithALineBreakArriveInTheBundle() throws Exception {
        copyBundles();
        String xliff = Xliff.export(copy, "cy").replace("<target>Mewngofnodi</target>",
                "<target>Mewngofnodi nawr</target>");
        Xliff.importInto(copy, xliff);
        String platform = Files.readString(copy.resolve("platform_cy.properties"), StandardCharsets.UTF_8);
        assertTrue(platform.contains("platform.layout.signIn=Mewngofnodi nawr\n"));
        assertTrue(platform.startsWith("#"), "the file's header kept");
        String neighbourhood = Files.readString(copy.resolve("neighbourhood_cy.properties"), StandardCharsets.UTF_8);
        assertTrue(neighbourhood.contains("neighbourhood.digest.helloText=Helo {member},\\n\\nDyma"), "escaped again");
    }

    @Test
    void aNewLanguageStartsFromTheEnglishWithNoTargets() throws Exception {
        copyBundles();
        String xliff = Xliff.export(copy, "pl");
        assertTrue(xliff.contains("trgLang=\"pl\""));
        assertFalse(xliff.contains("<target>"), "nothing translated yet");
        assertTrue(xliff.contains("state=\"initial\""));
        String translated = xliff.replace("<source>Sign in</source>",
                "<source>Sign in</source><target>Zaloguj się</target>");
        Xliff.importInto(copy, translated);
        assertEquals("Zaloguj się", Xliff.read(copy.resolve("platform_pl.properties")).get("platform.layout.signIn"));
    }

    @Test
    void anythingButXliff2IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Xliff.importInto(copy,
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>"));
        assertThrows(Exception.class, () -> Xliff.importInto(copy,
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), "no external entities");
    }
}
