package org.carecommunities.assetmap.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.Month;

/** A day a schedule does not meet (a stored {@link Recurrence.Exclusion}). */
@Entity
@Table(name = "asset_schedule_exception")
public class ScheduleException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id", nullable = false)
    private Schedule schedule;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "on_date")
    private LocalDate onDate;

    @Column(name = "in_month")
    private Integer inMonth;

    @Column(nullable = false, length = 200)
    private String reason;

    protected ScheduleException() {
        // for JPA
    }

    ScheduleException(Schedule schedule, Recurrence.Exclusion rule) {
        this.schedule = schedule;
        this.reason = rule.reason();
        if (rule instanceof Recurrence.Cancelled cancelled) {
            kind = "CANCELLED";
            onDate = cancelled.date();
        } else if (rule instanceof Recurrence.NotInMonth month) {
            kind = "NOT_IN_MONTH";
            inMonth = month.month().getValue();
        } else {
            kind = "BANK_HOLIDAYS";
        }
    }

    Long id() {
        return id;
    }

    Recurrence.Exclusion rule() {
        return switch (kind) {
            case "CANCELLED" -> new Recurrence.Cancelled(onDate, reason);
            case "NOT_IN_MONTH" -> new Recurrence.NotInMonth(Month.of(inMonth), reason);
            default -> new Recurrence.NotOnBankHolidays(reason);
        };
    }
}
