package org.carecommunities.forum.threads;

import org.carecommunities.assetmap.ServiceCard;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A post as shown: {@code neighbourhood} is where its author lives or works when they wrote for themselves
 * (null when for an organisation), {@code html} is the sanitised body (null when deleted, or hidden from this viewer), {@code organisation} the name of the
 * organisation it was written for (or null), {@code editable} whether the viewer may still change it,
 * {@code own} whether the viewer wrote it, {@code writtenIn} the language its author wrote it in (null: not known)
 * and whether that language is written right to left.
 */
public record PostCard(long id, int position, long authorId, String author, String organisation,
                       String neighbourhood, String html,
                       LocalDateTime createdAt, LocalDateTime editedAt, boolean deleted, boolean hidden,
                       boolean editable, boolean own, List<ServiceCard> cited, String writtenIn,
                       boolean rightToLeft) {

    public PostCard {
        cited = List.copyOf(cited);
    }
}
