package org.carecommunities.identity.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.PersonalData;
import org.carecommunities.platform.RefusalsRollBack;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * A member's rights over what the portal holds about them (UK GDPR Articles 15, 17 and 20): a copy of all of it,
 * and erasure. Every module contributes its part ({@link PersonalData}); this module's own part goes last.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class DataRights {

    /** The copy's format, for anyone who reads it with a program. */
    public static final String FORMAT = "care-communities/personal-data/1";
    private static final Logger LOG = Logger.getLogger(DataRights.class.getName());

    @Inject
    @Any
    Instance<PersonalData> parts;

    @Inject
    Clock clock;

    @Inject
    ErasureTransaction transaction;

    static final int ATTEMPTS = 3;

    /** Everything the portal holds about the member, one part per module. */
    public JsonObject copy(MemberDetails member) {
        JsonObjectBuilder copy = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("made_at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).withNano(0).toString())
                .add("member_id", member.id());
        for (PersonalData part : inOrder()) {
            copy.add(part.module(), part.copy(member));
        }
        return copy.build();
    }

    /**
     * Forgets the member: each module's part (the identity module's last), in one transaction, so nothing is
     * half-erased. An erasure meets whatever else is writing the member's rows (their weekly email being put
     * together, say); when the database ends it to break a deadlock it is tried again, whole, up to
     * {@value #ATTEMPTS} times.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void erase(MemberDetails member, PersonalData.Erasure erasure) {
        List<PersonalData> lastFirst = new java.util.ArrayList<>(inOrder());
        java.util.Collections.reverse(lastFirst);
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.run(lastFirst, member, erasure);
                break;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !rolledBackToBreakALock(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.info(() -> "Erasing member " + member.id() + " met a deadlock (attempt " + tried + "); trying again");
            }
        }
        // no name in the log: the member's number is enough to answer a question about it, and is nobody's now
        LOG.info(() -> "Member " + member.id() + " erased at their request (words "
                + (erasure.keepWords() ? "kept" : "removed") + ")");
    }

    /** Whether the database ended the transaction to break a deadlock or a serialization conflict (SQL state 40...). */
    static boolean rolledBackToBreakALock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** Deletes what each module keeps only for a while, past its period; returns how many rows went. */
    public int expire() {
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        return inOrder().stream().mapToInt(p -> p.expire(now)).sum();
    }

    /** Every module's tables, as each names them. */
    public List<PersonalData.Table> tables() {
        return inOrder().stream().flatMap(p -> p.tables().stream()).toList();
    }

    /** The modules' parts, the identity module's first (so erasing runs them backwards, ending with it). */
    private List<PersonalData> inOrder() {
        return parts.stream().sorted(Comparator.comparing((PersonalData p) -> !p.module().equals(MemberRecords.MODULE))
                .thenComparing(PersonalData::module)).toList();
    }
}
