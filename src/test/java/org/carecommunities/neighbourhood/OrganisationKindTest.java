package org.carecommunities.neighbourhood;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OrganisationKindTest {

    @Test
    void everyKindRoundTripsThroughItsFormCode() {
        Arrays.stream(OrganisationKind.values())
                .forEach(kind -> assertEquals(kind, OrganisationKind.fromCode(kind.code())));
        assertEquals("gp-practice", OrganisationKind.GP_PRACTICE.code());
    }

    @Test
    void unknownOrMissingCodeIsNoKind() {
        assertNull(OrganisationKind.fromCode("hospital"));
        assertNull(OrganisationKind.fromCode("GP_PRACTICE"));
        assertNull(OrganisationKind.fromCode(""));
        assertNull(OrganisationKind.fromCode(null));
    }

    @Test
    void coversThePartnersOfAnIntegratedNeighbourhoodTeam() {
        assertEquals(16, OrganisationKind.values().length);
        assertEquals("Residents' associations", OrganisationKind.RESIDENTS_ASSOCIATION.plural());
    }
}
