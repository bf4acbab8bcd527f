package org.carecommunities.neighbourhood;

import org.carecommunities.neighbourhood.places.NeighbourhoodDetails;
import org.carecommunities.neighbourhood.organisations.OrganisationSuggestion;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import org.carecommunities.neighbourhood.places.NeighbourhoodDetails.OrganisationGroup;
import org.carecommunities.identity.Directory;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.platform.Paged;
import org.carecommunities.platform.Refusal;

import java.util.Set;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.List;

import static org.carecommunities.testing.Refusals.refused;
import static org.carecommunities.testing.Refusals.tooFast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The neighbourhood facade inside Liberty against the real (migrated, demo-loaded) database. */
@ExtendWith(ArquillianExtension.class)
class NeighbourhoodsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(NeighbourhoodsIT.class);
    }

    @Inject
    Directory directory;

    @Test
    void identityIsToldTheOrganisationsNamesAndTheNeighbourhoodCoveringAPostcode() {
        assertEquals("Riverside Food Pantry", directory.organisationName("riverside-food-pantry"));
        assertEquals("unknown-org", directory.organisationName("unknown-org"));
        assertEquals("Eastwell Valley", directory.covering("ew7").orElseThrow().name());
        assertTrue(directory.covering("ZZ9 9ZZ").isEmpty());
        assertEquals(3, directory.choices().size());
    }

    @Inject
    Neighbourhoods neighbourhoods;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Test
    void demoDataHasThreeNeighbourhoodsOfThirtyToFiftyThousandPeople() {
        Paged<NeighbourhoodSummary> all = neighbourhoods.search("", 1);
        assertEquals(3, all.total());
        assertEquals(List.of("Eastwell Valley", "Kingsmead and Riverside", "Northgate Hill"),
                all.items().stream().map(NeighbourhoodSummary::name).toList());
        assertTrue(all.items().stream().allMatch(n -> n.population() >= 30_000 && n.population() <= 50_000));
        assertTrue(all.items().stream().allMatch(n -> n.organisationCount() >= 15), "a realistic spread");
    }

    @Test
    void searchMatchesPartOfTheNameWhateverTheCase() {
        assertEquals(List.of("northgate-hill"), slugs(neighbourhoods.search("  NORTHgate ", 1)));
    }

    @Test
    void searchFindsTheNeighbourhoodCoveringAPostcodeOrDistrict() {
        assertEquals(List.of("eastwell-valley"), slugs(neighbourhoods.search("ew7 3xy", 1)));
        assertEquals(List.of("eastwell-valley"), slugs(neighbourhoods.search("EW73XY", 1)));
        assertEquals(List.of("kingsmead"), slugs(neighbourhoods.search("km2", 1)));
        assertEquals(List.of(), slugs(neighbourhoods.search("KM9 1AA", 1)));
    }

    @Test
    void searchTreatsLikeWildcardsAsText() {
        assertEquals(0, neighbourhoods.search("%", 1).total());
        assertEquals(0, neighbourhoods.search("_", 1).total());
    }

    @Test
    void searchPagesThroughResults() {
        Paged<NeighbourhoodSummary> second = neighbourhoods.search("", 2);
        assertEquals(3, second.total());
        assertEquals(1, second.page(), "three neighbourhoods fit on the first page: page 2 is past the end");
        assertEquals(3, second.items().size(), "a page past the end is the last page");
    }

    @Test
    void detailsGroupOrganisationsByKindInVocabularyOrder() {
        NeighbourhoodDetails kingsmead = neighbourhoods.find("kingsmead").orElseThrow();
        List<OrganisationKind> kinds = kingsmead.organisationGroups().stream().map(OrganisationGroup::kind).toList();
        assertEquals(OrganisationKind.GP_PRACTICE, kinds.get(0));
        assertEquals(kinds.stream().sorted().toList(), kinds, "groups follow the enum's order");
        OrganisationGroup practices = kingsmead.organisationGroups().get(0);
        assertEquals(List.of("Kingsmead Health Centre", "Riverside Medical Practice"),
                practices.organisations().stream().map(OrganisationSummary::name).toList());
        assertTrue(kingsmead.organisationGroups().stream().flatMap(g -> g.organisations().stream())
                .noneMatch(o -> o.name().startsWith("Northgate Surgery")), "only organisations serving it");
    }

    @Test
    void unknownSlugFindsNothing() {
        assertTrue(neighbourhoods.find("atlantis").isEmpty());
    }

    @Test
    void suggestionIsStoredForReviewAndPublishesNothing() {
        long before = suggestions();
        int organisationsBefore = organisationCount("northgate-hill");
        long id = neighbourhoods.suggestOrganisation("northgate-hill", new OrganisationSuggestion(
                "Northgate Knitters", OrganisationKind.VOLUNTARY_OR_COMMUNITY_GROUP, null, null, "Thursdays")).orRefuse();
        assertTrue(id > 0);
        assertEquals(before + 1, suggestions());
        assertEquals("WAITING", Sql.value(database, "SELECT review FROM organisation_suggestion WHERE id = " + id));
        assertEquals(organisationsBefore, organisationCount("northgate-hill"));
    }

    @Test
    void suggestionForAnUnknownNeighbourhoodIsRefusedAndNothingSaved() {
        long before = suggestions();
        refused(neighbourhoods.suggestOrganisation("atlantis",
                new OrganisationSuggestion("X", OrganisationKind.FAITH_GROUP, null, null, null)));
        assertEquals(before, suggestions());
    }

    private int organisationCount(String slug) {
        return neighbourhoods.find(slug).orElseThrow().organisationGroups().stream()
                .mapToInt(g -> g.organisations().size()).sum();
    }

    private long suggestions() {
        return Sql.number(database, "SELECT COUNT(*) FROM organisation_suggestion");
    }

    private static List<String> slugs(Paged<NeighbourhoodSummary> page) {
        return page.items().stream().map(NeighbourhoodSummary::slug).toList();
    }

    @Test
    void onlyAnOrganisationsStewardsChangeItsDetailsAndARefusalChangesNothing() {
        OrganisationSummary before = neighbourhoods.organisation("kingsmead-carers-circle").orElseThrow();
        MemberDetails otherSteward = member(Set.of("riverside-food-pantry"), Role.GROUP_STEWARD);
        assertInstanceOf(Refusal.NotPermitted.class, neighbourhoods.describeOrganisation("kingsmead-carers-circle",
                otherSteward, "https://example.org", "Taken over").refusal());
        assertInstanceOf(Refusal.NotPermitted.class, neighbourhoods.describeOrganisation("kingsmead-carers-circle",
                member(Set.of("kingsmead-carers-circle"), Role.RESIDENT), "https://example.org", "Taken over")
                .refusal(), "a member of it who is not its steward");
        assertEquals(before.description(), neighbourhoods.organisation("kingsmead-carers-circle").orElseThrow()
                .description(), "nothing changed");
        assertInstanceOf(Refusal.NotFound.class, neighbourhoods.describeOrganisation("no-such-group",
                otherSteward, "", "").refusal());

        String description = "Carers meet on Thursdays " + java.util.UUID.randomUUID();
        OrganisationSummary saved = neighbourhoods.describeOrganisation("kingsmead-carers-circle",
                member(Set.of("kingsmead-carers-circle"), Role.GROUP_STEWARD), before.website(), description)
                .orRefuse();
        assertEquals(description, saved.description());
        neighbourhoods.describeOrganisation("kingsmead-carers-circle", member(Set.of(), Role.ADMIN),
                before.website(), before.description()).orRefuse();
    }

    private static MemberDetails member(Set<String> organisations, Role role) {
        return new MemberDetails(990_000L + organisations.size(), java.util.UUID.randomUUID().toString(), "Someone",
                1, organisations, organisations.isEmpty() ? null : organisations.iterator().next(),
                java.time.LocalDateTime.of(2020, 1, 1, 9, 0), 0, null, Set.of(role));
    }
}
