package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.search.ServiceRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServicesCsvTest {

    @Test
    void oneRowPerServiceUnderAHeader() {
        String csv = ServicesCsv.of(List.of(new ServiceRow("a-b", "Health walks", "Hill Good Neighbours",
                "Gentle walks", List.of("Physical activity", "Older people"), "Community Centre, Northgate Hill",
                List.of("Every Tuesday, 10:00 to 11:30"), "Free", 0, 0, false, false, null, "en-GB")),
                "https://portal.example");
        String[] lines = csv.split("\r\n");
        assertEquals("name,group,categories,when,where,cost,summary,link", lines[0]);
        assertTrue(lines[1].startsWith("\"Health walks\",\"Hill Good Neighbours\",\"Physical activity; Older people\""));
        assertTrue(lines[1].endsWith("\"https://portal.example/asset-map/services/a-b\""));
    }
}
