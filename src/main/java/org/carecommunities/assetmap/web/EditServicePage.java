package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.Category;
import org.carecommunities.assetmap.HowToJoin;
import org.carecommunities.assetmap.ServiceDraft;
import org.carecommunities.assetmap.ServiceStatus;
import org.carecommunities.platform.Errors;

import java.util.List;

/**
 * A steward's form for one of their group's services: new (id null) or existing, with what was typed and the
 * errors beside the fields; publishing and archiving for an existing one.
 */
public record EditServicePage(String id, String groupSlug, String group, ServiceStatus status, ServiceDraft draft,
                              Errors errors, List<Category> categories) {

    static final String TEMPLATE = "assetmap/edit.jte";

    public String action() {
        return id == null ? AssetMapLinks.group(groupSlug) + "/services" : AssetMapLinks.edit(groupSlug, id);
    }

    public String publishAction() {
        return AssetMapLinks.group(groupSlug) + "/services/" + id + "/publish";
    }

    public String archiveAction() {
        return AssetMapLinks.group(groupSlug) + "/services/" + id + "/archive";
    }

    public String serviceUrl() {
        return id == null ? null : AssetMapLinks.service(id);
    }

    public String groupUrl() {
        return AssetMapLinks.group(groupSlug);
    }

    public HowToJoin[] joins() {
        return HowToJoin.values();
    }

    public List<String[]> days() {
        return List.of(new String[] {"MO", "Monday"}, new String[] {"TU", "Tuesday"},
                new String[] {"WE", "Wednesday"}, new String[] {"TH", "Thursday"}, new String[] {"FR", "Friday"},
                new String[] {"SA", "Saturday"}, new String[] {"SU", "Sunday"});
    }

    public List<String[]> weeks() {
        return List.of(new String[] {"1", "First"}, new String[] {"2", "Second"}, new String[] {"3", "Third"},
                new String[] {"4", "Fourth"}, new String[] {"-1", "Last"});
    }
}
