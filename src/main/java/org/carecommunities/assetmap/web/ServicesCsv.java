package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.ServiceRow;

import java.util.List;

/**
 * Search results as CSV (RFC 4180): one row per service, with a header. A cell that a spreadsheet would run as a
 * formula (starting with =, +, - or @) is written as text, so a listing cannot smuggle a formula to whoever opens
 * the file.
 */
final class ServicesCsv {

    private ServicesCsv() {
    }

    static String of(List<ServiceRow> rows, String baseUrl) {
        StringBuilder csv = new StringBuilder("name,group,categories,when,where,cost,summary,link\r\n");
        for (ServiceRow row : rows) {
            csv.append(String.join(",", cell(row.name()), cell(row.group()), cell(String.join("; ", row.categories())),
                    cell(String.join("; ", row.when())), cell(row.where()), cell(row.cost()), cell(row.summary()),
                    cell(baseUrl + row.href()))).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
