package org.carecommunities.assetmap.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** When a service meets: a {@link Recurrence} stored, with its exceptions. */
@Entity
@Table(name = "asset_schedule")
public class Schedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private Service service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Recurrence.Frequency freq;

    @Column(name = "repeat_every", nullable = false)
    private int interval;

    @Column(nullable = false, length = 40)
    private String byday;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    @Column(nullable = false)
    private LocalDate dtstart;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(length = 300)
    private String description;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<ScheduleException> exceptions = new ArrayList<>();

    protected Schedule() {
        // for JPA
    }

    Schedule(Service service, Recurrence recurrence, String description) {
        this(service, UUID.randomUUID().toString(), recurrence, description);
    }

    /** A schedule with the id another directory gave it. */
    Schedule(Service service, String uuid, Recurrence recurrence, String description) {
        this.service = service;
        this.uuid = uuid;
        this.freq = recurrence.freq();
        this.interval = recurrence.interval();
        this.byday = recurrence.bydayText();
        this.opensAt = recurrence.opensAt();
        this.closesAt = recurrence.closesAt();
        this.dtstart = recurrence.dtstart();
        this.validFrom = recurrence.validFrom();
        this.validTo = recurrence.validTo();
        this.description = description;
        recurrence.exceptions().forEach(e -> exceptions.add(new ScheduleException(this, e)));
    }

    /** New times and days; the exceptions stay. */
    void reschedule(Recurrence r) {
        this.freq = r.freq();
        this.interval = r.interval();
        this.byday = r.bydayText();
        this.opensAt = r.opensAt();
        this.closesAt = r.closesAt();
        this.dtstart = r.dtstart();
        this.validFrom = r.validFrom();
        this.validTo = r.validTo();
    }

    /** It does not meet then, for this reason, as well as the other exceptions. */
    public void except(Recurrence.Exclusion rule) {
        exceptions.add(new ScheduleException(this, rule));
    }

    /** Takes out the exception with this id; false when it has none. */
    public boolean removeException(long exceptionId) {
        return exceptions.removeIf(e -> e.id() != null && e.id() == exceptionId);
    }

    /** Its exceptions, each with its id, in the order they were added. */
    public java.util.Map<Long, Recurrence.Exclusion> exceptions() {
        java.util.Map<Long, Recurrence.Exclusion> all = new java.util.LinkedHashMap<>();
        exceptions.forEach(e -> all.put(e.id(), e.rule()));
        return all;
    }

    /** The rules of this schedule, checked as when it was made. */
    public Recurrence recurrence() {
        return new Recurrence(freq, interval, Arrays.stream(byday.split(",")).map(Recurrence.ByDay::parse).toList(),
                opensAt, closesAt, dtstart, validFrom, validTo, exceptions.stream().map(ScheduleException::rule)
                .toList());
    }

    public String uuid() {
        return uuid;
    }

    public String description() {
        return description;
    }

    public Service service() {
        return service;
    }
}
