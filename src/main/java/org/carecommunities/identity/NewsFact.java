package org.carecommunities.identity;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Something that happened, as facts: its kind (prefixed by the module that owns it and renders it, such as
 * {@code "forum.proposal-reached"}), what it is about (a key the owner chooses: a thread's id, an agreement's
 * UUID), an item within it (a progress update's id, a milestone's), the state and figures at that moment, any
 * words a person typed (a reason, a note), and when. Never the portal's own words or a URL: those are written when
 * it is shown, by the module that owns the kind ({@link NewsWords}).
 */
public record NewsFact(String kind, String about, Long item, String state, Integer figure, Integer of, String note,
                       LocalDateTime at) {

    /** The longest words a person typed that a fact keeps (a reason, a progress note); longer ones are cut. */
    public static final int NOTE_MAX = 2000;

    public NewsFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(at, "at");
        note = note == null || note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX - 1) + "…";
    }

    /** A fact with only a kind, what it is about and when; add the rest with the {@code with*} methods. */
    public static NewsFact of(String kind, Object about, LocalDateTime at) {
        return new NewsFact(kind, String.valueOf(about), null, null, null, null, null, at);
    }

    public NewsFact withItem(long id) {
        return new NewsFact(kind, about, id, state, figure, of, note, at);
    }

    public NewsFact withState(String value) {
        return new NewsFact(kind, about, item, value, figure, of, note, at);
    }

    public NewsFact withFigures(Integer value, Integer outOf) {
        return new NewsFact(kind, about, item, state, value, outOf, note, at);
    }

    public NewsFact withNote(String text) {
        return new NewsFact(kind, about, item, state, figure, of, text == null || text.isBlank() ? null : text.strip(),
                at);
    }

    /** The module that owns the kind: the part before its first dot. */
    public String owner() {
        int dot = kind.indexOf('.');
        return dot < 0 ? kind : kind.substring(0, dot);
    }
}
