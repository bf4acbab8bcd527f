package org.carecommunities.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void quotesEveryCellAndDisarmsFormulas() {
        assertEquals("\"Knit, natter and \"\"tea\"\"\"", Csv.cell("Knit, natter and \"tea\""));
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\")\"", Csv.cell("=HYPERLINK(\"http://evil\")"));
        assertEquals("\"'+44 1632\"", Csv.cell("+44 1632"));
        assertEquals("\"\"", Csv.cell(null));
    }

    @Test
    void aRowIsItsCellsThenCrlf() {
        assertEquals("\"a\",\"'-1\",\"\"\r\n", Csv.row("a", "-1", null));
    }
}
