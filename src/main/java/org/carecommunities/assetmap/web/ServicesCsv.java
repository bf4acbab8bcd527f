package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.ServiceRow;

import java.util.List;

/** Search results as CSV ({@link org.carecommunities.platform.Csv}): one row per service, with a header. */
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
        return org.carecommunities.platform.Csv.cell(value);
    }
}
