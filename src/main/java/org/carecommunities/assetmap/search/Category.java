package org.carecommunities.assetmap.search;

/** A term of the community-asset taxonomy: its UUID, stable code, name and what it covers. */
public record Category(String id, String code, String name, String description) {
}
