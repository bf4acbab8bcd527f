package org.carecommunities.assetmap;

import java.time.LocalDateTime;

/** A suggestion in a group's inbox: about which service, what, from whom (if they said), and any answer. */
public record SuggestionRow(long id, String serviceId, String service, SuggestionKind kind, String details,
                            String from, String email, LocalDateTime sentAt, String answer, boolean closed) {
}
