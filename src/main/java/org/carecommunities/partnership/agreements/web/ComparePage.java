package org.carecommunities.partnership.agreements.web;

import org.carecommunities.platform.Text;
import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.agreements.ComparedPart;

import java.util.List;

/** Two versions of an agreement part by part, changed parts first marked; and the choice of which two. */
public record ComparePage(AgreementDetails agreement, int from, int to, List<Part> parts) {

    static final String TEMPLATE = "partnership/compare.jte";

    /** The agreement's versions to compare, by number. */
    public List<org.carecommunities.platform.Choice> versionChoices() {
        return agreement.versions().stream().map(v -> new org.carecommunities.platform.Choice(String.valueOf(v),
                String.valueOf(v))).toList();
    }

    /** One part: its name, how it changed (in words), and its text before and after. */
    public record Part(String name, String change, boolean changed, String before, String after) {
    }

    ComparePage(AgreementDetails agreement, int from, int to, java.util.Collection<ComparedPart> parts) {
        this(agreement, from, to, parts.stream().map(p -> new Part(p.name(), switch (p.change()) {
            case "CHANGED" -> Text.t("partnership.compare.changed");
            case "ADDED" -> Text.t("partnership.compare.added", "version", to);
            case "REMOVED" -> Text.t("partnership.compare.removed", "version", to);
            default -> Text.t("partnership.compare.unchanged");
        }, p.changed(), p.before(), p.after())).toList());
    }

    public String action() {
        return PartnershipLinks.agreement(agreement.id()) + "/compare";
    }

    public String back() {
        return PartnershipLinks.agreement(agreement.id());
    }

    public long changes() {
        return parts.stream().filter(Part::changed).count();
    }
}
