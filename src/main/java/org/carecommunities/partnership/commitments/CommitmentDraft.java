package org.carecommunities.partnership.commitments;

/**
 * A commitment as a board member types it: what will be done, the owning party (organisation slug), the lead,
 * the due date (ISO), its weight among its siblings (1 to 100; empty is 1), and the commitment it is part of (its
 * id, or empty for one of the agreement's own).
 */
public record CommitmentDraft(String what, String organisation, String lead, String due, String weight,
                              String parent, java.util.List<String> cite, String citeWords, String need,
                              String needHref) {

    public CommitmentDraft {
        cite = cite == null ? java.util.List.of() : java.util.List.copyOf(cite);
    }

    /** A commitment citing services, meeting no particular unmet need. */
    public CommitmentDraft(String what, String organisation, String lead, String due, String weight, String parent,
                           java.util.List<String> cite, String citeWords) {
        this(what, organisation, lead, due, weight, parent, cite, citeWords, null, null);
    }

    /** A commitment citing no services. */
    public CommitmentDraft(String what, String organisation, String lead, String due, String weight, String parent) {
        this(what, organisation, lead, due, weight, parent, java.util.List.of(), "", null, null);
    }

    public static CommitmentDraft empty() {
        return new CommitmentDraft("", "", "", "", "1", "");
    }
}
