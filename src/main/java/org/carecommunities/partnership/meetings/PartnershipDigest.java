package org.carecommunities.partnership.meetings;

import org.carecommunities.platform.Text;
import org.carecommunities.partnership.PartnershipLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.neighbourhood.DigestPart;
import org.carecommunities.neighbourhood.DigestSection;
import org.carecommunities.partnership.domain.BoardProposal;
import org.carecommunities.partnership.domain.CommitmentStatus;
import org.carecommunities.partnership.domain.Meeting;
import org.carecommunities.platform.Dates;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The partnership board's part of a neighbourhood's weekly email: its next meeting, what it decided (answers to
 * residents' proposals, minutes published), and progress on the commitments of its public agreements.
 */
@ApplicationScoped
public class PartnershipDigest implements DigestSection {

    private static final int MOST = 10;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Meetings meetings;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<DigestPart> parts(long neighbourhoodId, long memberId, LocalDateTime since) {
        List<DigestPart.Line> board = new ArrayList<>();
        meetings.next(neighbourhoodId).ifPresent(m -> board.add(
                new DigestPart.Line(Text.t("partnership.digest.nextMeeting", "when", Dates.inWords(m.startsAt())),
                        PartnershipLinks.meeting(m.id()), Text.t(m.publicSession() ? "partnership.digest.public"
                        : "partnership.digest.private"))));
        em.createQuery("SELECT p FROM BoardProposal p JOIN p.board b WHERE b.neighbourhoodId = :neighbourhood AND "
                        + "p.decidedAt > :since ORDER BY p.decidedAt DESC", BoardProposal.class)
                .setParameter("neighbourhood", neighbourhoodId).setParameter("since", since).setMaxResults(MOST)
                .getResultStream().forEach(p -> board.add(new DigestPart.Line(Text.t("partnership.digest.answered",
                        "status", p.status().name(), "proposal", p.title()), p.href(), p.reason())));
        em.createQuery("SELECT m FROM Meeting m JOIN m.board b WHERE b.neighbourhoodId = :neighbourhood AND "
                        + "m.publicSession = TRUE AND m.minutesPublishedAt > :since ORDER BY m.startsAt DESC",
                        Meeting.class).setParameter("neighbourhood", neighbourhoodId).setParameter("since", since)
                .setMaxResults(MOST).getResultStream().forEach(m -> board.add(new DigestPart.Line(
                        Text.t("partnership.digest.minutes", "day", Dates.day(m.startsAt().toLocalDate())),
                        PartnershipLinks.meeting(m.uuid()), Text.t("partnership.digest.minutesPublished"))));
        List<?> rows = em.createQuery("SELECT c.id, c.what, a.uuid, u.status, u.progress, u.note FROM ProgressUpdate u "
                        + "JOIN u.commitment c JOIN c.agreement a JOIN a.board b WHERE b.neighbourhoodId = :neighbourhood "
                        + "AND a.visibleToAll = TRUE AND u.at > :since ORDER BY u.at DESC")
                .setParameter("neighbourhood", neighbourhoodId).setParameter("since", since).setMaxResults(MOST)
                .getResultList();
        List<DigestPart.Line> progress = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            progress.add(new DigestPart.Line((String) r[1], PartnershipLinks.commitment((String) r[2],
                    ((Number) r[0]).longValue()), Text.t("partnership.digest.progress", "status",
                    ((CommitmentStatus) r[3]).label(), "progress", r[4], "note", r[5])));
        }
        return List.of(new DigestPart(Text.t("partnership.digest.board"), board),
                new DigestPart(Text.t("partnership.digest.commitments"), progress));
    }
}
