package org.carecommunities.assetmap.stewardship;

/**
 * A day or days a schedule does not meet, as a steward types it.
 *
 * @param kind  {@code BANK_HOLIDAYS}, {@code NOT_IN_MONTH} or {@code CANCELLED}
 * @param month for {@code NOT_IN_MONTH}: 1 to 12
 * @param date  for {@code CANCELLED}: the date, like 2027-01-05
 */
public record ExceptionDraft(String kind, String month, String date, String reason) {

    public static ExceptionDraft empty() {
        return new ExceptionDraft("", "", "", "");
    }
}
