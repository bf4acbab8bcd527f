package org.carecommunities.identity.domain;

import org.junit.jupiter.api.Test;

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
}
