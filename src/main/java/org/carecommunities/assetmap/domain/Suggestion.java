package org.carecommunities.assetmap.domain;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Someone's suggestion to improve a service's listing, until its stewards answer and close it. */
@Entity
@Table(name = "asset_suggestion")
@NamedQuery(name = Suggestion.FOR_GROUP, query = "SELECT g FROM Suggestion g JOIN FETCH g.service s "
        + "WHERE s.groupSlug = :group ORDER BY g.closedAt DESC, g.createdAt DESC")
public class Suggestion {

    public static final String FOR_GROUP = "Suggestion.forGroup";
    public static final int DETAILS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private Service service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SuggestionKind kind;

    @Column(nullable = false, length = DETAILS_MAX)
    private String details;

    @Column(length = 80)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(length = DETAILS_MAX)
    private String answer;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected Suggestion() {
        // for JPA
    }

    public Suggestion(Service service, SuggestionKind kind, String details, String name, String email,
                      LocalDateTime now) {
        if (details == null || details.isBlank() || details.length() > DETAILS_MAX) {
            throw new IllegalArgumentException("A suggestion says what to improve");
        }
        this.service = service;
        this.kind = kind;
        this.details = details.strip();
        this.name = name == null || name.isBlank() ? null : name.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.createdAt = now;
    }

    /** The stewards answer; closing it moves it below the open ones. */
    public void answer(String text, boolean close, LocalDateTime now) {
        if (text != null && !text.isBlank()) {
            answer = text.strip();
            answeredAt = now;
        }
        if (close) {
            closedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Service service() {
        return service;
    }

    public SuggestionKind kind() {
        return kind;
    }

    public String details() {
        return details;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String answerText() {
        return answer;
    }

    public boolean closed() {
        return closedAt != null;
    }
}
