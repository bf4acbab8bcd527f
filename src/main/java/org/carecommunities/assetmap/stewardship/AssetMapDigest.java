package org.carecommunities.assetmap.stewardship;

import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.ServiceCard;
import org.carecommunities.assetmap.services.ServiceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.neighbourhood.DigestPart;
import org.carecommunities.neighbourhood.DigestSection;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The asset map's part of a neighbourhood's weekly email: services newly listed there, and those changed. */
@ApplicationScoped
public class AssetMapDigest implements DigestSection {

    private static final int MOST = 10;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AssetMap assetMap;

    @Inject
    StewardNews stewardNews;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<DigestPart> parts(long neighbourhoodId, long memberId, LocalDateTime since) {
        List<Service> changed = em.createQuery("SELECT s FROM Service s WHERE s.status = :published AND "
                        + "s.neighbourhoodId = :neighbourhood AND s.modifiedAt > :since ORDER BY s.modifiedAt DESC",
                        Service.class).setParameter("published", ServiceStatus.PUBLISHED)
                .setParameter("neighbourhood", neighbourhoodId).setParameter("since", since).setMaxResults(MOST)
                .getResultList();
        Map<String, ServiceCard> cards = assetMap.cited(changed.stream().map(Service::uuid).toList()).stream()
                .collect(Collectors.toMap(ServiceCard::id, c -> c));
        // for a steward: what their groups' services in this neighbourhood owe (reviews due, suggestions waiting)
        List<DigestPart.Line> owed = stewardNews.owed(memberId).stream().filter(o -> o.neighbourhoodId()
                == neighbourhoodId).limit(MOST).map(o -> new DigestPart.Line(o.item().message(), o.item().href(),
                Text.t("assetmap.digest.owed"))).toList();
        return List.of(new DigestPart(Text.t("assetmap.digest.worklist"), owed), new DigestPart(
                Text.t("assetmap.digest.changed"),
                changed.stream().map(s -> {
            ServiceCard card = cards.get(s.uuid());
            String facts = String.join(" · ", java.util.stream.Stream.of(card.group(), card.when(), card.where())
                    .filter(x -> x != null && !x.isBlank()).toList());
            return new DigestPart.Line(card.name(), AssetMapLinks.service(s.uuid()),
                    Text.t(s.createdAt().isAfter(since) ? "assetmap.digest.new"
                    : "assetmap.digest.changedOne", "facts", facts));
        }).toList()));
    }
}
