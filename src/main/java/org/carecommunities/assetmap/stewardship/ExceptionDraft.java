package org.carecommunities.assetmap.stewardship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.platform.IsoDate;

/**
 * A day or days a schedule does not meet, as a steward types it. The shape of each field is checked here; that the
 * kind's own field is given, and a date is not past, by {@link Stewardship}.
 *
 * @param kind  {@code BANK_HOLIDAYS}, {@code NOT_IN_MONTH} or {@code CANCELLED}
 * @param month for {@code NOT_IN_MONTH}: 1 to 12
 * @param date  for {@code CANCELLED}: the date, like 2027-01-05
 */
public record ExceptionDraft(
        @NotNull(message = KIND)
        @Pattern(regexp = "BANK_HOLIDAYS|NOT_IN_MONTH|CANCELLED", message = KIND)
        String kind,
        @Pattern(regexp = "\\s*([1-9]|1[0-2])?\\s*", message = MONTH)
        String month,
        @IsoDate(message = DATE)
        String date,
        @NotBlank(message = REASON)
        @Size(max = Stewardship.EXCEPTION_REASON_MAX, message = "{assetmap.exceptionDraft.reasonMax}")
        String reason) {

    static final String KIND = "{assetmap.exceptionDraft.kind}";
    static final String MONTH = "{assetmap.exceptionDraft.month}";
    static final String DATE = "{assetmap.exceptionDraft.date}";
    static final String REASON = "{assetmap.exceptionDraft.reason}";

    public static ExceptionDraft empty() {
        return new ExceptionDraft("", "", "", "");
    }
}
