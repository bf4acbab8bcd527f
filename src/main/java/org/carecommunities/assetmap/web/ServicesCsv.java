package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.search.ServiceRow;
import org.carecommunities.platform.Csv;

import java.util.List;

/** Search results as CSV ({@link Csv}): one row per service, with a header. */
final class ServicesCsv {

    private ServicesCsv() {
    }

    static String of(List<ServiceRow> rows, String baseUrl) {
        StringBuilder csv = new StringBuilder("name,group,categories,when,where,cost,summary,link\r\n");
        for (ServiceRow row : rows) {
            csv.append(Csv.row(row.name(), row.group(), String.join("; ", row.categories()),
                    String.join("; ", row.when()), row.where(), row.cost(), row.summary(), baseUrl + row.href()));
        }
        return csv.toString();
    }
}
