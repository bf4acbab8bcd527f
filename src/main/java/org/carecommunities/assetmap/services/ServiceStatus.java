package org.carecommunities.assetmap.services;

import org.carecommunities.platform.Text;
/** Where a service is in its life: drafts and archived services are seen only by their stewards and admins. */
public enum ServiceStatus {
    DRAFT("assetmap.serviceStatus.draft"),
    PUBLISHED("assetmap.serviceStatus.published"),
    ARCHIVED("assetmap.serviceStatus.archived");

    /** The key of its name in the bundle. */
    private final String label;

    ServiceStatus(String label) {
        this.label = label;
    }

    /** Its name in the reader's language. */
    public String label() {
        return Text.t(label);
    }
}
