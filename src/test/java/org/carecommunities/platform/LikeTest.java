package org.carecommunities.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LikeTest {

    @Test
    void wildcardsTypedByPeopleAreMatchedAsThemselves() {
        assertEquals("%100\\% sure%", Like.containing("100% SURE"));
        assertEquals("%a\\_b\\\\c%", Like.containing(" a_b\\c "));
        assertEquals("%%", Like.containing(null));
    }
}
