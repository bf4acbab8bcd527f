package org.carecommunities.assetmap.shortlists;

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

    private static final Refusal LINK_WORKERS_ONLY = Refusal.notPermitted("Shortlists are for link workers.");
    private static final Refusal NOT_YOURS = Refusal.notPermitted("That shortlist is another link worker's.");

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
            return Outcome.refused(LINK_WORKERS_ONLY);
        }
        return Outcome.done(em.createNamedQuery(Shortlist.OF, Shortlist.class).setParameter("owner", member.id())
                .getResultStream().map(l -> new ShortlistRow(l.token(), l.title(), l.services().size())).toList());
    }

    /** A new, empty shortlist; returns its token. */
    public Outcome<String> create(String title, MemberDetails member) {
        if (!linkWorker(member)) {
            return Outcome.refused(LINK_WORKERS_ONLY);
        }
        if (title == null || title.isBlank() || title.strip().length() > Shortlist.TITLE_MAX) {
            return Outcome.refused(Refusal.invalid("title", "Give the shortlist a title of " + Shortlist.TITLE_MAX
                    + " characters or fewer, such as \u201cCompany and walking, Tuesdays\u201d"));
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
            return Outcome.refused(Refusal.notFound("There is no such service on the asset map."));
        }
        Shortlist shortlist = own.orRefuse();
        if (!shortlist.services().contains(service.get().id()) && !shortlist.add(service.get().id())) {
            return Outcome.refused(Refusal.conflict("A shortlist holds up to " + Shortlist.SERVICES_MAX
                    + " services, so that it prints on a page or two. Start another."));
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
            return Outcome.refused(LINK_WORKERS_ONLY);
        }
        Optional<Service> service = Services.published(em, serviceId);
        if (service.isEmpty()) {
            return Outcome.refused(Refusal.notFound("There is no such service on the asset map."));
        }
        LocalDate today = LocalDate.now(clock);
        service.get().checkedByLinkWorker(today);
        return Outcome.done(today);
    }

    private Outcome<Shortlist> own(String token, MemberDetails member) {
        if (!linkWorker(member)) {
            return Outcome.refused(LINK_WORKERS_ONLY);
        }
        Optional<Shortlist> shortlist = byToken(token);
        if (shortlist.isEmpty()) {
            return Outcome.refused(Refusal.notFound("There is no such shortlist."));
        }
        if (shortlist.get().ownerId() != member.id()) {
            return Outcome.refused(NOT_YOURS);
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
