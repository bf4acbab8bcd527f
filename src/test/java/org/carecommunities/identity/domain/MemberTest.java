package org.carecommunities.identity.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MemberTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);

    @Test
    void actsOnlyForItsOwnOrganisations() {
        Member priya = new Member("s-1", "Priya", 1, Set.of("practice", "pcn"), NOW);
        priya.actFor("pcn");
        assertEquals("pcn", priya.actingOrganisation());
        assertThrows(IllegalArgumentException.class, () -> priya.actFor("council"));
        priya.actFor(null);
        assertNull(priya.actingOrganisation());
    }

    @Test
    void aNewSignInRefreshesOrganisationsAndDropsOneThatWasLeft() {
        Member priya = new Member("s-1", "Priya", 1, Set.of("practice", "pcn"), NOW);
        priya.actFor("pcn");
        priya.signedIn(Set.of("practice"), NOW.plusDays(1));
        assertEquals(Set.of("practice"), priya.organisations());
        assertNull(priya.actingOrganisation());
    }

    @Test
    void aDisplayNameIsOneToSixtyCharacters() {
        assertThrows(IllegalArgumentException.class, () -> new Member("s-1", " ", 1, Set.of(), NOW));
        assertThrows(IllegalArgumentException.class, () -> new Member("s-1", "x".repeat(61), 1, Set.of(), NOW));
        assertEquals("Rosa", new Member("s-1", "  Rosa ", 1, Set.of(), NOW).displayName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\u202Enimda", "\u200BMo", "Mo\u200D", "Rosa\u2066x\u2069", "\u3164", "Sam\uFEFF",
            "Lena\u0007", "<b>Bea</b>", "Priya\u061C"})
    void aDisplayNameHasNothingInvisibleAndNothingThatTurnsTextAround(String name) {
        assertThrows(IllegalArgumentException.class, () -> new Member("s-1", name, 1, Set.of(), NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë O'Brien-Ṅ", "محمد", "李小龙", "Dr Priya Shah", "Ōkawa 🌻"})
    void namesInEveryScriptAreWelcome(String name) {
        assertEquals(name, new Member("s-1", name, 1, Set.of(), NOW).displayName());
    }
}
