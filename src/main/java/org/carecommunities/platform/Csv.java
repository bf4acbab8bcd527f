package org.carecommunities.platform;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it (every cell quoted, rows ended by CRLF). A cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return) is written as text, so nothing people typed can
 * smuggle a formula to whoever opens the file.
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** One row: its cells, then CRLF. */
    public static String row(String... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
