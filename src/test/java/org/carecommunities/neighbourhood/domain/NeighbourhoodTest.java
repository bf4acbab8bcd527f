package org.carecommunities.neighbourhood.domain;

import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.neighbourhood.organisations.OrganisationSuggestion;
import org.carecommunities.neighbourhood.places.PostcodeDistrict;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeighbourhoodTest {

    private static final List<PostcodeDistrict> DISTRICTS = List.of(new PostcodeDistrict("KM2"),
            new PostcodeDistrict("KM1"));

    @Test
    void coversItsPostcodeDistrictsOnly() {
        Neighbourhood kingsmead = new Neighbourhood("kingsmead", "Kingsmead", null, 41_200, DISTRICTS);
        assertTrue(kingsmead.covers(new PostcodeDistrict("KM1")));
        assertFalse(kingsmead.covers(new PostcodeDistrict("KM3")));
        assertEquals(Set.of("KM1", "KM2"), kingsmead.postcodeDistricts());
    }

    @Test
    void refusesABadSlugNoNameNegativePopulationOrNoDistricts() {
        assertThrows(IllegalArgumentException.class, () -> new Neighbourhood("King's Mead", "K", null, 1, DISTRICTS));
        assertThrows(IllegalArgumentException.class, () -> new Neighbourhood("-kingsmead", "K", null, 1, DISTRICTS));
        assertThrows(IllegalArgumentException.class, () -> new Neighbourhood("kingsmead", " ", null, 1, DISTRICTS));
        assertThrows(IllegalArgumentException.class, () -> new Neighbourhood("kingsmead", "K", null, -1, DISTRICTS));
        assertThrows(IllegalArgumentException.class, () -> new Neighbourhood("kingsmead", "K", null, 1, List.of()));
    }

    @Test
    void aSuggestionStartsWaitingForReview() {
        Neighbourhood kingsmead = new Neighbourhood("kingsmead", "Kingsmead", null, 41_200, DISTRICTS);
        SuggestedOrganisation suggested = new SuggestedOrganisation(kingsmead, new OrganisationSuggestion(
                " Knit and Natter ", OrganisationKind.VOLUNTARY_OR_COMMUNITY_GROUP, null, null, null),
                LocalDateTime.of(2026, 11, 22, 9, 0));
        assertEquals(SuggestedOrganisation.Review.WAITING, suggested.review());
        assertEquals("Knit and Natter", suggested.name());
    }

    @Test
    void aSuggestionNeedsANameAndAKind() {
        Neighbourhood kingsmead = new Neighbourhood("kingsmead", "Kingsmead", null, 41_200, DISTRICTS);
        LocalDateTime now = LocalDateTime.of(2026, 11, 22, 9, 0);
        assertThrows(IllegalArgumentException.class, () -> new SuggestedOrganisation(kingsmead,
                new OrganisationSuggestion("", OrganisationKind.FAITH_GROUP, null, null, null), now));
        assertThrows(IllegalArgumentException.class, () -> new SuggestedOrganisation(kingsmead,
                new OrganisationSuggestion("Chapel", null, null, null, null), now));
    }
}
