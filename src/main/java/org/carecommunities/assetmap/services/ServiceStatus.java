package org.carecommunities.assetmap.services;

/** Where a service is in its life: drafts and archived services are seen only by their stewards and admins. */
public enum ServiceStatus {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    ARCHIVED("Archived");

    private final String label;

    ServiceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
