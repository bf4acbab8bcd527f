package org.carecommunities.assetmap.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.assetmap.domain.TaxonomyTerm;
import org.carecommunities.platform.Text;

import java.util.List;
import java.util.Locale;

/**
 * The portal's community-asset taxonomy in the reader's language. Its terms are data (the migrations keep them, in
 * English, with their codes); their words for readers are in the asset map's bundles, keyed by code
 * ({@code assetmap.category.lunchClubs}, and {@code .covers} for what the term covers), so a translator translates
 * them with the rest and a new language is a new bundle. A term the bundles do not name reads as the data has it.
 * The Open Referral feed publishes the terms in English, as the taxonomy is.
 */
@ApplicationScoped
public class Taxonomy {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The terms in their order, as the data has them; null until first read (they change only with migrations). */
    private volatile List<Category> terms;

    /** The taxonomy in its order, in the reader's language. */
    public List<Category> categories() {
        List<Category> known = terms;
        if (known == null) {
            known = em.createNamedQuery(TaxonomyTerm.ALL, TaxonomyTerm.class).getResultStream()
                    .map(t -> new Category(t.id(), t.code(), t.name(), t.description())).toList();
            terms = known;
        }
        return known.stream().map(c -> new Category(c.id(), c.code(), said(c.code(), "", c.name()),
                said(c.code(), ".covers", c.description()))).toList();
    }

    /** A term's name in the reader's language. */
    public String name(TaxonomyTerm term) {
        return said(term.code(), "", term.name());
    }

    /** The bundle's key of a term's words: its code in camel case ({@code lunch-clubs}: {@code lunchClubs}). */
    public static String key(String code) {
        StringBuilder key = new StringBuilder("assetmap.category.");
        boolean upper = false;
        for (char c : code.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return key.toString();
    }

    private static String said(String code, String part, String asTheDataHasIt) {
        String key = key(code) + part;
        return Text.has(key) ? Text.t(key) : asTheDataHasIt;
    }
}
