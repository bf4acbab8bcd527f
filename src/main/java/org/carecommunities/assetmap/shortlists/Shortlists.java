package org.carecommunities.assetmap.shortlists;

import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.domain.Services;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.assetmap.domain.Shortlist;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * The asset map's facade for link workers: shortlists of services to give to a person (printed, or shared as a
 * link; no personal data kept), and marking a service "checked by a link worker".
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Shortlists {

    private static Refusal linkWorkersOnly() {
        return Refusal.notPermitted(Text.t("assetmap.shortlist.linkWorkersOnly"));
    }

    private static Refusal notYours() {
        return Refusal.notPermitted(Text.t("assetmap.shortlist.notYours"));
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AssetMap assetMap;

    @Inject
    Clock clock;

    public static boolean linkWorker(MemberDetails member) {
        return member != null && (member.has(Role.LINK_WORKER) || member.has(Role.ADMIN));
    }

    /** The link worker's shortlists, newest first. */
    public Outcome<List<ShortlistRow>> mine(MemberDetails member) {
        if (!linkWorker(member)) {
            return Outcome.refused(linkWorkersOnly());
        }
        return Outcome.done(em.createNamedQuery(Shortlist.OF, Shortlist.class).setParameter("owner", member.id())
                .getResultStream().map(l -> new ShortlistRow(l.token(), l.title(), l.services().size())).toList());
    }

    /** A new, empty shortlist; returns its token. */
    public Outcome<String> create(String title, MemberDetails member) {
        if (!linkWorker(member)) {
            return Outcome.refused(linkWorkersOnly());
        }
        if (title == null || title.isBlank() || title.strip().length() > Shortlist.TITLE_MAX) {
            return Outcome.refused(Refusal.invalid("title", Text.t("assetmap.shortlist.title", "max",
                    Shortlist.TITLE_MAX)));
        }
        Shortlist shortlist = new Shortlist(member.id(), title, LocalDateTime.now(clock));
        em.persist(shortlist);
        return Outcome.done(shortlist.token());
    }

    /** Adds a published service to one of the link worker's shortlists. */
    public Outcome<String> add(String token, String serviceId, MemberDetails member) {
        Outcome<Shortlist> own = own(token, member);
        if (own.refusal() != null) {
            return Outcome.refused(own.refusal());
        }
        Optional<Service> service = Services.published(em, serviceId);
        if (service.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("assetmap.none.service")));
        }
        Shortlist shortlist = own.orRefuse();
        if (!shortlist.services().contains(service.get().id()) && !shortlist.add(service.get().id())) {
            return Outcome.refused(Refusal.conflict(Text.t("assetmap.shortlist.full", "max",
                    Shortlist.SERVICES_MAX)));
        }
        return Outcome.done(token);
    }

    public Outcome<String> remove(String token, String serviceId, MemberDetails member) {
        Outcome<Shortlist> own = own(token, member);
        if (own.refusal() != null) {
            return Outcome.refused(own.refusal());
        }
        Services.byId(em, serviceId).ifPresent(s -> own.orRefuse().remove(s.id()));
        return Outcome.done(token);
    }

    /** A shortlist for whoever has its link: its published services in full, in the order added. */
    public Optional<ShortlistDetails> read(String token, MemberDetails viewer) {
        return byToken(token).map(l -> new ShortlistDetails(l.token(), l.title(), l.services().stream()
                .map(id -> em.find(Service.class, id)).filter(Objects::nonNull)
                .map(s -> assetMap.service(s.uuid())).flatMap(Optional::stream).toList(),
                viewer != null && viewer.id() == l.ownerId()));
    }

    /** A link worker checked that a service is as described, today. */
    public Outcome<LocalDate> check(String serviceId, MemberDetails member) {
        if (!linkWorker(member)) {
            return Outcome.refused(linkWorkersOnly());
        }
        Optional<Service> service = Services.published(em, serviceId);
        if (service.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("assetmap.none.service")));
        }
        LocalDate today = LocalDate.now(clock);
        service.get().checkedByLinkWorker(today);
        return Outcome.done(today);
    }

    private Outcome<Shortlist> own(String token, MemberDetails member) {
        if (!linkWorker(member)) {
            return Outcome.refused(linkWorkersOnly());
        }
        Optional<Shortlist> shortlist = byToken(token);
        if (shortlist.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("assetmap.none.shortlist")));
        }
        if (shortlist.get().ownerId() != member.id()) {
            return Outcome.refused(notYours());
        }
        return Outcome.done(shortlist.get());
    }

    private Optional<Shortlist> byToken(String token) {
        if (!Services.uuid(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Shortlist.BY_TOKEN, Shortlist.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

}
