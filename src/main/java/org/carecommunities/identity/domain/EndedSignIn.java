package org.carecommunities.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * Keycloak ended a sign-in: one Keycloak session ({@code sid}) or, when the logout names only the person, every
 * session of a subject begun before {@code endedAt}. Kept with the logout token's id, which is never accepted
 * twice.
 */
@Entity
@Table(name = "ended_sign_in")
@NamedQuery(name = EndedSignIn.SINCE, query = "SELECT e FROM EndedSignIn e WHERE e.endedAt >= :since")
@NamedQuery(name = EndedSignIn.BY_TOKEN, query = "SELECT COUNT(e) FROM EndedSignIn e WHERE e.jti = :jti")
@NamedQuery(name = EndedSignIn.BEFORE, query = "DELETE FROM EndedSignIn e WHERE e.endedAt < :before")
public class EndedSignIn {

    public static final String SINCE = "EndedSignIn.since";
    public static final String BY_TOKEN = "EndedSignIn.byToken";
    public static final String BEFORE = "EndedSignIn.before";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 255)
    private String jti;

    @Column(length = 255)
    private String sid;

    @Column(length = 64)
    private String subject;

    /** UTC. */
    @Column(name = "ended_at", nullable = false)
    private LocalDateTime endedAt;

    protected EndedSignIn() {
        // for JPA
    }

    /** Ends the Keycloak session {@code sid}, or, without one, every session of {@code subject}. */
    public EndedSignIn(String jti, String sid, String subject, LocalDateTime endedAt) {
        if (jti == null || sid == null && subject == null) {
            throw new IllegalArgumentException("A logout names its token and a session or a person");
        }
        this.jti = jti;
        this.sid = sid;
        this.subject = sid == null ? subject : null;
        this.endedAt = endedAt;
    }

    public String sid() {
        return sid;
    }

    public String subject() {
        return subject;
    }

    public LocalDateTime endedAt() {
        return endedAt;
    }
}
