package org.carecommunities.assetmap.stewardship;

import java.time.LocalDateTime;

/**
 * A suggestion in a group's inbox: about which service, what kind (as read), from whom (if they said), and any
 * answer.
 */
public record SuggestionRow(long id, String serviceId, String service, String kind, String details,
                            String from, String email, LocalDateTime sentAt, String answer, boolean closed) {
}
