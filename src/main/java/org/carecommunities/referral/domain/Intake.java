package org.carecommunities.referral.domain;

import jakarta.persistence.Column;
import org.carecommunities.referral.states.IntakeStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Whether a service takes referrals, as its stewards set it; a service with no row takes them. */
@Entity
@Table(name = "referral_intake")
public class Intake {

    @Id
    @Column(name = "service_id", length = 36)
    private String serviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private IntakeStatus status;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected Intake() {
        // for JPA
    }

    public Intake(String serviceId, IntakeStatus status, LocalDateTime now) {
        this.serviceId = serviceId;
        set(status, now);
    }

    public void set(IntakeStatus to, LocalDateTime now) {
        status = to;
        changedAt = now;
    }

    public IntakeStatus status() {
        return status;
    }

    public String serviceId() {
        return serviceId;
    }
}
