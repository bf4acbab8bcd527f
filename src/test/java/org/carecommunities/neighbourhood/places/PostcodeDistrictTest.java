package org.carecommunities.neighbourhood.places;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PostcodeDistrictTest {

    @ParameterizedTest
    @CsvSource({
            "KM2, KM2",
            "km2, KM2",
            "' ew7 ', EW7",
            "EW7 3XY, EW7",
            "ew73xy, EW7",
            "NH10 1AB, NH10",
            "W1A 1AA, W1A",
            "KM12AB, KM1",
            "'ew7 1', EW7",
            "'EW7 1X', EW7",
    })
    void findsTheDistrictOfWhatPeopleType(String typed, String district) {
        assertEquals(Optional.of(new PostcodeDistrict(district)), PostcodeDistrict.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Northgate", "12", "KM", "KM2 ABC", "KM2 3XYZ", "KM21X", "<script>"})
    void findsNoneInWhatIsNotAPostcode(String typed) {
        assertEquals(Optional.empty(), PostcodeDistrict.parse(typed));
    }

    @Test
    void findsNoneInNothing() {
        assertEquals(Optional.empty(), PostcodeDistrict.parse(null));
    }

    @Test
    void refusesToBeMadeFromAnythingButADistrict() {
        assertThrows(IllegalArgumentException.class, () -> new PostcodeDistrict("km2"));
        assertThrows(IllegalArgumentException.class, () -> new PostcodeDistrict("KM2 3AB"));
        assertThrows(IllegalArgumentException.class, () -> new PostcodeDistrict(null));
    }
}
