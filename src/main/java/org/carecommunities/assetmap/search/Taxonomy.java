package org.carecommunities.assetmap.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.assetmap.domain.TaxonomyTerm;
import org.carecommunities.platform.Text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal's community-asset taxonomy in the reader's language: each term's name and what it covers, as the
 * migrations give them in the portal's languages ({@code asset_taxonomy_term_translation}), in English where a
 * language has none. Read once: the terms change only with the portal's migrations. The Open Referral feed
 * publishes them in English, as the taxonomy is.
 */
@ApplicationScoped
public class Taxonomy {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The terms in their order, with their words in each language given; null until first read. */
    private volatile Read read;

    private record Read(List<Category> english, Map<String, Map<String, Category>> byLanguage) {
    }

    /** The taxonomy in its order, in the reader's language. */
    public List<Category> categories() {
        Read known = read();
        Map<String, Category> said = saidIn(known, Text.current().tag());
        return said == null ? known.english() : known.english().stream()
                .map(c -> said.getOrDefault(c.id(), c)).toList();
    }

    /** A term's name in the reader's language. */
    public String name(TaxonomyTerm term) {
        Map<String, Category> said = saidIn(read(), Text.current().tag());
        Category category = said == null ? null : said.get(term.id());
        return category == null ? term.name() : category.name();
    }

    private static Map<String, Category> saidIn(Read known, String language) {
        return known.byLanguage().entrySet().stream().filter(e -> Service.sameLanguage(e.getKey(), language))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private Read read() {
        Read known = read;
        if (known == null) {
            List<Category> english = em.createNamedQuery(TaxonomyTerm.ALL, TaxonomyTerm.class).getResultStream()
                    .map(t -> new Category(t.id(), t.code(), t.name(), t.description())).toList();
            Map<String, String> codes = new HashMap<>();
            english.forEach(c -> codes.put(c.id(), c.code()));
            Map<String, Map<String, Category>> byLanguage = new HashMap<>();
            for (Object row : em.createNativeQuery("SELECT term_id, language, name, description FROM "
                    + "asset_taxonomy_term_translation").getResultList()) {
                Object[] r = (Object[]) row;
                String id = String.valueOf(r[0]).strip();
                byLanguage.computeIfAbsent((String) r[1], l -> new HashMap<>()).put(id,
                        new Category(id, codes.get(id), (String) r[2], (String) r[3]));
            }
            known = new Read(english, Map.copyOf(byLanguage));
            read = known;
        }
        return known;
    }
}
