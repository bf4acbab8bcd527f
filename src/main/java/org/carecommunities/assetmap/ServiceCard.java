package org.carecommunities.assetmap;

/**
 * A service as a post or a commitment cites it, read when the citation is shown so that it follows the listing:
 * its name, its group, when and where it meets; {@code listed} false once it is archived or gone, when only the
 * name it had (if known) is shown, with "no longer listed".
 */
public record ServiceCard(String id, String name, String group, String when, String where, boolean listed) {

    /** A service the asset map no longer has at all. */
    static ServiceCard gone(String id) {
        return new ServiceCard(id, org.carecommunities.platform.Text.t("assetmap.card.goneService"), "", "", "", false);
    }

    public String href() {
        return AssetMapLinks.service(id);
    }
}
