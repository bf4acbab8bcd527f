package org.carecommunities.partnership.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.agreements.RegisterRow;
import org.carecommunities.platform.Csv;
import org.carecommunities.platform.Dates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public register of agreements as CSV and as JSON.
 *
 * <p>JSON (format {@value #FORMAT}): an object with {@code format}, {@code generated_at} (an ISO instant) and
 * {@code agreements}, an array of objects with {@code id} (UUID), {@code url}, {@code neighbourhood} ({@code slug},
 * {@code name}), {@code title}, {@code kind}, {@code status}, {@code board_only}, {@code summary}, {@code parties}
 * (names, in the agreement's order), and, where set, {@code starts}, {@code ends}, {@code next_review} (ISO dates),
 * {@code version} and {@code digest} (the SHA-256 of the signed or awaiting version's canonical form; never for a
 * board-only agreement), and {@code audit_head} (the SHA-256 that ends its hash-chained audit trail, for every
 * agreement: kept, it shows whether the trail was later rewritten). Members not set are left out, never null.
 */
final class Register {

    static final String FORMAT = "care-communities/partnership-register/1";

    private Register() {
    }

    static String csv(List<RegisterRow> rows, String baseUrl) {
        StringBuilder csv = new StringBuilder(Csv.row("id", "neighbourhood", "title", "kind", "status", "board_only",
                "summary", "parties", "starts", "ends", "next_review", "version", "digest", "audit_head", "url"));
        for (RegisterRow r : rows) {
            csv.append(Csv.row(r.id(), r.neighbourhood(), r.title(), r.kind(), r.status(),
                    String.valueOf(r.boardOnly()), r.summary(), String.join("; ", r.parties()), text(r.starts()),
                    text(r.ends()), text(r.review()), r.version() == 0 ? "" : String.valueOf(r.version()),
                    r.digest(), r.auditHead(), baseUrl + PartnershipLinks.agreement(r.id())));
        }
        return csv.toString();
    }

    static JsonObject json(List<RegisterRow> rows, String baseUrl, Instant now) {
        JsonArrayBuilder agreements = Json.createArrayBuilder();
        for (RegisterRow r : rows) {
            JsonObjectBuilder a = Json.createObjectBuilder().add("id", r.id())
                    .add("url", baseUrl + PartnershipLinks.agreement(r.id()))
                    .add("neighbourhood", Json.createObjectBuilder().add("slug", r.neighbourhoodSlug())
                            .add("name", r.neighbourhood()))
                    .add("title", r.title()).add("kind", r.kind()).add("status", r.status())
                    .add("board_only", r.boardOnly()).add("summary", r.summary() == null ? "" : r.summary())
                    .add("parties", Json.createArrayBuilder(r.parties()));
            date(a, "starts", r.starts());
            date(a, "ends", r.ends());
            date(a, "next_review", r.review());
            if (r.version() > 0) {
                a.add("version", r.version()).add("digest", r.digest());
            }
            a.add("audit_head", r.auditHead());
            agreements.add(a);
        }
        return Json.createObjectBuilder().add("format", FORMAT).add("generated_at", Dates.rfc3339(now))
                .add("agreements", agreements).build();
    }

    private static void date(JsonObjectBuilder o, String name, LocalDate date) {
        if (date != null) {
            o.add(name, date.toString());
        }
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
