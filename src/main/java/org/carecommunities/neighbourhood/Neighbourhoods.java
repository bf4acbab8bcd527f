package org.carecommunities.neighbourhood;

import org.carecommunities.platform.Text;
import org.carecommunities.neighbourhood.places.NeighbourhoodDetails;
import org.carecommunities.neighbourhood.organisations.OrganisationSuggestion;
import org.carecommunities.neighbourhood.places.PostcodeDistrict;
import org.carecommunities.neighbourhood.organisations.SuggestionSummary;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.neighbourhood.places.NeighbourhoodDetails.OrganisationGroup;
import org.carecommunities.neighbourhood.domain.Neighbourhood;
import org.carecommunities.neighbourhood.domain.Organisation;
import org.carecommunities.neighbourhood.domain.SuggestedOrganisation;
import org.carecommunities.platform.Like;
import org.carecommunities.platform.Paged;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * The neighbourhood module's facade: finding neighbourhoods and the organisations that serve them, and taking
 * suggestions of organisations they are missing. Each method is one transaction and returns records, never
 * entities.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Neighbourhoods {

    /** The longest organisation name, website, contact email, suggestion note and description: forms, pages
     * and columns share these. */
    public static final int ORGANISATION_NAME_MAX = 160;
    public static final int WEBSITE_MAX = 300;
    public static final int EMAIL_MAX = 254;
    public static final int NOTE_MAX = 1000;
    public static final int DESCRIPTION_MAX = 1000;

    public static final int PAGE_SIZE = 12;
    public static final int MAX_QUERY_LENGTH = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Neighbourhoods whose name contains the query, or that cover the postcode district of a postcode or
     * district typed as the query, in name order. A blank query lists them all.
     */
    public Paged<NeighbourhoodSummary> search(String query, int page) {
        String text = query == null ? "" : query.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("Query longer than " + MAX_QUERY_LENGTH);
        }
        String namePattern = Like.containing(text);
        // no district typed: a value no district has, so MEMBER OF matches nothing
        String district = PostcodeDistrict.parse(text).map(PostcodeDistrict::code).orElse("");
        long total = em.createNamedQuery(Neighbourhood.SEARCH_COUNT, Long.class)
                .setParameter("name", namePattern).setParameter("district", district).getSingleResult();
        Paged<Neighbourhood> found = new Paged<>(List.of(), page, PAGE_SIZE, total);
        List<Neighbourhood> rows = em.createNamedQuery(Neighbourhood.SEARCH, Neighbourhood.class)
                .setParameter("name", namePattern).setParameter("district", district)
                .setFirstResult(found.firstResult()).setMaxResults(PAGE_SIZE)
                .getResultList();
        return new Paged<>(summaries(rows), page, PAGE_SIZE, total);
    }

    public Optional<NeighbourhoodDetails> find(String slug) {
        return bySlug(slug).map(n -> {
            List<Organisation> serving = em.createNamedQuery(Organisation.SERVING, Organisation.class)
                    .setParameter("neighbourhood", n.id()).getResultList();
            Map<OrganisationKind, List<OrganisationSummary>> byKind = new EnumMap<>(OrganisationKind.class);
            for (Organisation o : serving) {
                byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(summary(o));
            }
            List<OrganisationGroup> groups = byKind.entrySet().stream()
                    .map(e -> new OrganisationGroup(e.getKey(), e.getValue())).toList();
            return new NeighbourhoodDetails(n.id(), n.slug(), n.name(), n.description(), n.population(),
                    List.copyOf(n.postcodeDistricts()), groups);
        });
    }

    /** Records a suggestion for a person to review; nothing is published by it. Returns its id. */
    public Outcome<Long> suggestOrganisation(String neighbourhoodSlug, OrganisationSuggestion suggestion) {
        Neighbourhood neighbourhood = bySlug(neighbourhoodSlug).orElse(null);
        if (neighbourhood == null) {
            return Outcome.refused(Refusal.notFound(Text.t("neighbourhood.noSuchNeighbourhood")));
        }
        SuggestedOrganisation suggested = new SuggestedOrganisation(neighbourhood, suggestion,
                LocalDateTime.now(clock));
        em.persist(suggested);
        em.flush();
        return Outcome.done(suggested.id());
    }

    /** Every neighbourhood, by name, for pickers. */
    public List<NeighbourhoodSummary> all() {
        return summaries(em.createNamedQuery(Neighbourhood.SEARCH, Neighbourhood.class)
                .setParameter("name", "%").setParameter("district", "").getResultList());
    }

    /**
     * Every neighbourhood by name, with only what a picker shows (its id, slug and name): one query, where
     * {@link #all()} also reads each one's postcode districts and counts its organisations.
     */
    public List<Place> named() {
        return em.createNamedQuery(Neighbourhood.NAMES, Object[].class).getResultList().stream()
                .map(row -> new Place((Long) row[0], (String) row[2], (String) row[1]))
                .sorted(Comparator.comparing(Place::name).thenComparing(Place::id)).toList();
    }

    /** Every neighbourhood's name by id, in one query. */
    public Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        places().forEach((id, place) -> names.put(id, place.name()));
        return names;
    }

    /** Every neighbourhood's name and slug by id, in one query: enough to name it and link to it. */
    public Map<Long, Place> places() {
        Map<Long, Place> places = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Neighbourhood.NAMES, Object[].class).getResultList()) {
            places.put((Long) row[0], new Place((Long) row[0], (String) row[2], (String) row[1]));
        }
        return places;
    }

    /** A neighbourhood named and linked to from another module's page. */
    public record Place(long id, String slug, String name) {

        public String href() {
            return NeighbourhoodLinks.neighbourhood(slug);
        }
    }

    /** A neighbourhood by its slug, as other modules name it in their addresses. */
    public Optional<NeighbourhoodSummary> withSlug(String slug) {
        return bySlug(slug).map(n -> summaries(List.of(n)).get(0));
    }

    public Optional<NeighbourhoodSummary> byId(long id) {
        return Optional.ofNullable(em.find(Neighbourhood.class, id)).map(n -> summaries(List.of(n)).get(0));
    }

    /** The neighbourhood covering a postcode or postcode district, if any. */
    public Optional<NeighbourhoodSummary> covering(String postcode) {
        return PostcodeDistrict.parse(postcode).flatMap(district -> em.createNamedQuery(Neighbourhood.COVERING,
                        Neighbourhood.class).setParameter("district", district.code()).getResultStream().findFirst())
                .map(n -> summaries(List.of(n)).get(0));
    }

    public Optional<OrganisationSummary> organisation(String slug) {
        return organisationBySlug(slug).map(Neighbourhoods::summary);
    }

    /**
     * Adds an organisation serving a neighbourhood (a group that is not yet in the portal: an admin creates it, or
     * an import brings it); its slug is made from its name, unique. Refused for an unknown neighbourhood or a blank
     * or overlong name.
     */
    public Outcome<String> addOrganisation(String name, OrganisationKind kind, long neighbourhoodId, String website,
                                           String description) {
        Neighbourhood place = em.find(Neighbourhood.class, neighbourhoodId);
        if (place == null) {
            return Outcome.refused(Refusal.invalid("neighbourhood", Text.t("neighbourhood.chooseFromList")));
        }
        if (name == null || name.isBlank() || name.strip().length() > ORGANISATION_NAME_MAX) {
            return Outcome.refused(Refusal.invalid("name",
                    Text.t("neighbourhood.suggest.nameLength", "max", ORGANISATION_NAME_MAX)));
        }
        String base = java.text.Normalizer.normalize(name.strip().toLowerCase(java.util.Locale.UK),
                        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "group" : base.substring(0, Math.min(70, base.length()));
        String slug = base;
        for (int n = 2; organisationBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        Organisation organisation = new Organisation(slug, name, kind, null, null);
        try {
            organisation.describe(website, description);
        } catch (IllegalArgumentException e) {
            // what an import brings is not always tidy: a group is still worth adding without a bad website
            organisation.describe(null, description != null && description.length() <= DESCRIPTION_MAX
                    ? description : null);
        }
        organisation.serve(place);
        em.persist(organisation);
        return Outcome.done(slug);
    }

    /** Organisations by slug, in one query; unknown slugs are left out. */
    public Map<String, OrganisationSummary> organisations(java.util.Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        Map<String, OrganisationSummary> found = new HashMap<>();
        em.createQuery("SELECT o FROM Organisation o WHERE o.slug IN :slugs", Organisation.class)
                .setParameter("slugs", Set.copyOf(slugs)).getResultStream()
                .forEach(o -> found.put(o.slug(), summary(o)));
        return found;
    }

    /** Organisation names by slug, in one query; unknown slugs are left out. */
    public Map<String, String> organisationNames(java.util.Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Organisation.NAMES, Object[].class)
                .setParameter("slugs", Set.copyOf(slugs)).getResultList()) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    /** The ids of the neighbourhoods an organisation (by slug) serves, by name; empty for an unknown one. */
    public List<Long> neighbourhoodsServedBy(String slug) {
        return organisationBySlug(slug).map(o -> o.neighbourhoods().stream()
                .sorted(java.util.Comparator.comparing(Neighbourhood::name)).map(Neighbourhood::id).toList())
                .orElse(List.of());
    }

    /** The slugs of the organisations serving a neighbourhood: who sits on its partnership board. */
    public Set<String> organisationsServing(String neighbourhoodSlug) {
        return new TreeSet<>(em.createNamedQuery(Organisation.SLUGS_SERVING, String.class)
                .setParameter("slug", neighbourhoodSlug).getResultList());
    }

    /**
     * An organisation's steward (a group steward acting for it) or an admin keeps its public description and
     * website up to date; anyone else is refused.
     */
    public Outcome<OrganisationSummary> describeOrganisation(String slug, MemberDetails member, String website,
                                                             String description) {
        Optional<Organisation> organisation = organisationBySlug(slug);
        if (organisation.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("neighbourhood.noSuchOrganisation")));
        }
        if (!mayDescribe(slug, member)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("neighbourhood.stewardsOnly")));
        }
        organisation.get().describe(website, description);
        return Outcome.done(summary(organisation.get()));
    }

    /** Whether this member may change the organisation's public details: an admin, or a steward acting for it. */
    public static boolean mayDescribe(String slug, MemberDetails member) {
        return member != null && member.actsAs(Role.GROUP_STEWARD, slug);
    }

    /** Suggestions for a neighbourhood still waiting for review, oldest first. */
    public List<SuggestionSummary> waitingSuggestions(String neighbourhoodSlug) {
        return em.createNamedQuery(SuggestedOrganisation.WAITING_FOR, SuggestedOrganisation.class)
                .setParameter("slug", neighbourhoodSlug)
                .setParameter("review", SuggestedOrganisation.Review.WAITING).getResultList().stream()
                .map(s -> new SuggestionSummary(s.id(), s.name(), s.kind(), s.website(), s.contactEmail(), s.note(),
                        s.suggestedAt()))
                .toList();
    }

    private Optional<Organisation> organisationBySlug(String slug) {
        return em.createNamedQuery(Organisation.BY_SLUG, Organisation.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    private Optional<Neighbourhood> bySlug(String slug) {
        return em.createNamedQuery(Neighbourhood.BY_SLUG, Neighbourhood.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Two queries for the whole page, whatever its length: the districts and the organisation counts. */
    private List<NeighbourhoodSummary> summaries(List<Neighbourhood> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Neighbourhood::id).toList();
        Map<Long, List<String>> districts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Neighbourhood.DISTRICTS_OF, Object[].class)
                .setParameter("ids", ids).getResultList()) {
            districts.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, Long> organisations = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Organisation.COUNT_SERVING, Object[].class)
                .setParameter("ids", ids).getResultList()) {
            organisations.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return rows.stream().map(n -> new NeighbourhoodSummary(n.id(), n.slug(), n.name(), n.population(),
                districts.getOrDefault(n.id(), List.of()), organisations.getOrDefault(n.id(), 0L))).toList();
    }

    private static OrganisationSummary summary(Organisation o) {
        return new OrganisationSummary(o.id(), o.slug(), o.name(), o.kind(), o.website(), o.description());
    }
}
