package org.carecommunities.benchmark;

import org.carecommunities.identity.domain.Member;
import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.neighbourhood.domain.Neighbourhood;
import org.carecommunities.neighbourhood.domain.Organisation;
import org.carecommunities.neighbourhood.places.PostcodeDistrict;
import org.carecommunities.partnership.domain.Agreement;
import org.carecommunities.partnership.domain.AgreementKind;
import org.carecommunities.partnership.domain.AgreementText;
import org.carecommunities.partnership.domain.Board;
import org.carecommunities.partnership.domain.BoardMember;
import org.carecommunities.partnership.domain.BoardPosition;
import org.carecommunities.partnership.domain.Commitment;
import org.carecommunities.partnership.domain.CommitmentStatus;
import org.carecommunities.partnership.domain.Meeting;
import org.carecommunities.partnership.domain.Move;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.carecommunities.benchmark.ScaleData.analyze;
import static org.carecommunities.benchmark.ScaleData.nextId;
import static org.carecommunities.benchmark.ScaleData.restartIdentity;

/**
 * Fills a portal database with the neighbourhoods' and the partnership's share of the scale data (issue 24): at
 * scale 1, 50 neighbourhoods (with their boards of six members, each a member of the portal for one of the
 * neighbourhood's organisations), 5,000 organisations serving them, 5,000 board meetings over the last year and the
 * next three months, 2,000 agreements with 20,000 commitments, and a year of unmet-need searches. Of the
 * agreements, half are signed by both parties and in force, with progress recorded on two commitments in three; a
 * quarter are awaiting their second signature; a quarter are drafts. Every neighbourhood, organisation, member,
 * board, meeting, agreement, version, signature, commitment and progress update is made by the portal's own domain
 * classes, as the forms make them (so an agreement goes to signature only when its kind's rules hold, its versions
 * are frozen and digested by the portal, and its audit trail is chained by its own hashing), then written as rows
 * by their JPA mapping ({@link EntityRows}), in batches, with ids given here. Not part of any start: run it with the
 * portal stopped, as the README's "Benchmarks" section shows.
 *
 * <p>Arguments: a JDBC URL, then optionally the scale (default 1), a user and a password. The same seed makes the
 * same data; dates are relative to now.
 */
public final class GeneratePartnership {

    private static final int BATCH = 1_000;
    private static final String[] PLACES = {"Ashford", "Bramley", "Castleton", "Dunmore", "Elmstead", "Fairfield",
            "Glenholme", "Hartley", "Ingleby", "Juniper", "Kestrel", "Langley", "Millbrook", "Northgate", "Oakridge",
            "Penfold", "Queensway", "Redbrook", "Stonebridge", "Thornbury", "Upton", "Valewood", "Westmoor",
            "Yarrow", "Zetland"};
    private static final String[] SUFFIXES = {"North", "South"};
    private static final String[] GROUPS = {"Friends of", "Community Larder", "Walking Group", "Carers' Circle",
            "Youth Club", "Men's Shed", "Lunch Club", "Toddler Group", "Allotment Society", "Choir"};
    private static final String[] PROMISES = {"Open a warm space every weekday through the winter",
            "Offer every carer a conversation about support within four weeks",
            "Run a falls-prevention class in each ward", "Publish the waiting times for social prescribing",
            "Train twenty volunteers as community connectors", "Fix the lighting on the path to the health centre",
            "Hold a drop-in for benefits advice at the library", "Visit every new parent within ten days",
            "Keep the community transport running on Sundays", "Report progress to residents each quarter"};

    private static final String[] FIRST = {"Amira", "Ben", "Chloe", "Dev", "Ella", "Farid", "Grace", "Hugh", "Isla",
            "Jamal", "Kate", "Luca", "Maya", "Nadia", "Owen", "Priya", "Rhys", "Sara", "Tom", "Zainab"};
    private static final String[] LAST = {"Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hughes",
            "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Owusu", "Patel", "Roberts", "Singh", "Taylor",
            "Williams"};
    private static final BoardPosition[] SEATS = {BoardPosition.CHAIR, BoardPosition.VICE_CHAIR,
            BoardPosition.SECRETARY, BoardPosition.MEMBER, BoardPosition.MEMBER, BoardPosition.MEMBER};
    private static final String[] NOTES = {"Started with the first two wards; the others follow next month.",
            "Volunteers recruited and trained; sessions begin in the new year.",
            "Delayed by staff sickness; a new date is agreed with the lead.",
            "Done, and reported to residents at the last board meeting.",
            "Funding confirmed for the year; the venue is booked."};

    private GeneratePartnership() {
    }

    public static void main(String[] args) throws Exception {
        ScaleData.Target target = ScaleData.Target.of(
                "GeneratePartnership <jdbc-url> [scale, default 1] [user] [password]", "1", args);
        double scale = Double.parseDouble(target.amount());
        target.migrate();
        long started = System.nanoTime();
        try (Connection db = target.connect()) {
            db.setAutoCommit(false);
            Counts counts = generate(db, scale, new Random(24));
            db.commit();
            analyze(db, List.of("neighbourhood", "organisation", "organisation_neighbourhood", "member",
                    "member_organisation", "partnership_board", "partnership_board_member", "partnership_meeting",
                    "partnership_agreement", "partnership_party", "partnership_field", "partnership_version",
                    "partnership_signature", "partnership_audit", "partnership_commitment", "partnership_progress",
                    "asset_unmet_search"));
            db.commit();
            System.out.printf("Wrote %s in %.1f s%n", counts, (System.nanoTime() - started) / 1e9);
        }
    }

    /** What was written. */
    record Counts(int neighbourhoods, int organisations, int boardMembers, int meetings, int agreements,
                  int inForce, int signatures, int commitments, int progress, int audit, int searches) {
    }

    static Counts generate(Connection db, double scale, Random random) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime today = LocalDateTime.ofInstant(now, ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        int neighbourhoods = (int) Math.max(1, Math.round(50 * scale));
        int organisations = (int) Math.max(1, Math.round(5_000 * scale));
        int meetings = (int) Math.max(1, Math.round(5_000 * scale));
        int agreements = (int) Math.max(1, Math.round(2_000 * scale));
        int commitmentsEach = 10;
        Ids ids = new Ids(db);
        List<Neighbourhood> places = new ArrayList<>();
        List<Board> boards = new ArrayList<>();
        List<List<Organisation>> serving = new ArrayList<>();
        List<List<BoardMember>> seated = new ArrayList<>();
        int searches = 0;
        int audit = 0;
        int boardMembers = 0;
        int inForce = 0;
        int signatures = 0;
        int progress = 0;
        try (EntityRows rows = new EntityRows(db, BATCH);
             PreparedStatement district = db.prepareStatement("INSERT INTO neighbourhood_postcode_district "
                     + "(neighbourhood_id, district) VALUES (?, ?)");
             PreparedStatement serves = db.prepareStatement("INSERT INTO organisation_neighbourhood "
                     + "(organisation_id, neighbourhood_id) VALUES (?, ?)");
             PreparedStatement memberOf = db.prepareStatement("INSERT INTO member_organisation "
                     + "(member_id, organisation) VALUES (?, ?)");
             PreparedStatement field = db.prepareStatement("INSERT INTO partnership_field "
                     + "(agreement_id, field_key, field_value) VALUES (?, ?, ?)");
             PreparedStatement unmet = db.prepareStatement("INSERT INTO asset_unmet_search (id, neighbourhood_id, "
                     + "words, filters, searched_on, times) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < neighbourhoods; n++) {
                String name = PLACES[n % PLACES.length] + " " + SUFFIXES[(n / PLACES.length) % SUFFIXES.length]
                        + (n >= PLACES.length * SUFFIXES.length ? " " + (n / (PLACES.length * SUFFIXES.length) + 1)
                        : "");
                String code = "ZZ" + (n + 1);
                Neighbourhood place = new Neighbourhood("scale-" + name.toLowerCase().replace(' ', '-'), name,
                        "A neighbourhood of the scale data.", 8_000 + random.nextInt(12_000),
                        List.of(PostcodeDistrict.parse(code).orElseThrow()));
                EntityRows.id(place, ids.next("neighbourhood"));
                rows.insert(place);
                places.add(place);
                serving.add(new ArrayList<>());
                Board board = new Board(place.id(), "The partners who plan and deliver care and support in "
                        + name + " together.");
                EntityRows.id(board, ids.next("partnership_board"));
                rows.insert(board);
                boards.add(board);
            }
            rows.flush();
            for (int n = 0; n < neighbourhoods; n++) {
                district.setLong(1, places.get(n).id());
                district.setString(2, "ZZ" + (n + 1));
                district.addBatch();
            }
            district.executeBatch();
            OrganisationKind[] kinds = OrganisationKind.values();
            for (int o = 0; o < organisations; o++) {
                int home = o % neighbourhoods;
                OrganisationKind kind = kinds[o % kinds.length];
                String name = GROUPS[o % GROUPS.length] + " " + places.get(home).name() + " " + (o / neighbourhoods + 1);
                Organisation organisation = new Organisation("scale-org-" + (o + 1), name, kind, null, null);
                EntityRows.id(organisation, ids.next("organisation"));
                rows.insert(organisation);
                serving.get(home).add(organisation);
            }
            rows.flush();
            for (int n = 0; n < neighbourhoods; n++) {
                for (Organisation organisation : serving.get(n)) {
                    serves.setLong(1, organisation.id());
                    serves.setLong(2, places.get(n).id());
                    serves.addBatch();
                }
            }
            serves.executeBatch();
            // each board: six members of the portal, each sitting for one of the neighbourhood's organisations
            for (int n = 0; n < neighbourhoods; n++) {
                List<BoardMember> seats = new ArrayList<>();
                List<Organisation> partners = serving.get(n);
                for (int m = 0; m < Math.min(SEATS.length, partners.size()); m++) {
                    Organisation organisation = partners.get(m);
                    String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                    LocalDateTime joined = today.minusDays(400 + random.nextInt(400));
                    Member member = new Member(new UUID(random.nextLong(), random.nextLong()).toString(), name,
                            places.get(n).id(), List.of(organisation.slug()), joined);
                    EntityRows.id(member, ids.next("member"));
                    rows.insert(member);
                    BoardMember seat = new BoardMember(boards.get(n), member.id(), name, organisation.slug(),
                            organisation.name(), SEATS[m], joined.toLocalDate());
                    EntityRows.id(seat, ids.next("partnership_board_member"));
                    rows.insert(seat);
                    seats.add(seat);
                    memberOf.setLong(1, member.id());
                    memberOf.setString(2, organisation.slug());
                    memberOf.addBatch();
                    boardMembers++;
                }
                seated.add(seats);
            }
            rows.flush();
            memberOf.executeBatch();
            for (int m = 0; m < meetings; m++) {
                Board board = boards.get(m % boards.size());
                // a year back to three months ahead, an evening each, public and private in turn
                LocalDateTime starts = today.minusDays(365).plusDays((long) (455.0 * m / meetings)).plusHours(18);
                Meeting meeting = new Meeting(board, new Meeting.Plan(starts, starts.plusHours(2),
                        "Community centre, " + board.neighbourhoodId(), null, m % 2 == 0),
                        starts.minusDays(30));
                EntityRows.id(meeting, ids.next("partnership_meeting"));
                rows.insert(meeting);
            }
            rows.flush();
            int commitments = 0;
            for (int a = 0; a < agreements; a++) {
                int n = a % neighbourhoods;
                // the parties are two of the organisations on the board, each signed for by its member there
                List<BoardMember> seats = seated.get(n);
                BoardMember leadSeat = seats.get(a % seats.size());
                BoardMember otherSeat = seats.get((a + 1) % seats.size());
                Organisation lead = serving.get(n).get(a % seats.size());
                Organisation other = serving.get(n).get((a + 1) % seats.size());
                Instant made = now.minus(Duration.ofDays(30 + random.nextInt(300)));
                LocalDate starts = LocalDate.ofInstant(made, ZoneOffset.UTC).plusDays(14);
                AgreementKind kind = AgreementKind.values()[a % AgreementKind.values().length];
                List<AgreementText.Party> parties = List.of(
                        new AgreementText.Party(lead.slug(), lead.name(), leadSeat.memberName()),
                        new AgreementText.Party(other.slug(), other.name(), otherSeat.memberName()));
                Agreement agreement = new Agreement(boards.get(n), new Agreement.Draft(
                        "Working together in " + places.get(n).name() + " " + (a / neighbourhoods + 1), kind,
                        "To plan and deliver support together for the people of " + places.get(n).name() + ".",
                        null, a % 3 != 0, null, parties,
                        List.of(new AgreementText.Clause("Purpose", "The parties work together as set out here.")),
                        starts, starts.plusYears(3), starts.plusYears(1), kindFields(kind, parties),
                        kind == AgreementKind.NETWORK ? List.of(new AgreementText.NamedSchedule("Schedule 1: "
                                + "the practices", "The member practices and the population they serve.")) : List.of(),
                        Map.of(lead.slug(), leadSeat.memberId(), other.slug(), otherSeat.memberId())),
                        "Scale data", made);
                EntityRows.id(agreement, ids.next("partnership_agreement"));
                List<Commitment> promised = new ArrayList<>();
                for (int c = 0; c < commitmentsEach; c++) {
                    Organisation owner = c % 2 == 0 ? lead : other;
                    Commitment commitment = agreement.commit(new Commitment.Spec(PROMISES[(a + c) % PROMISES.length],
                            owner.slug(), "Lead " + (c + 1), LocalDate.ofInstant(made, ZoneOffset.UTC)
                                    .plusDays(60 + random.nextInt(400)), 1), null, "Scale data",
                            made.plusSeconds(60L * (c + 1)));
                    EntityRows.id(commitment, ids.next("partnership_commitment"));
                    promised.add(commitment);
                }
                // a quarter stay drafts; the rest go to signature, and half of all are signed by both and in force
                List<Object> madeLater = new ArrayList<>();
                if (a % 4 != 0) {
                    agreement.move(Move.SEND_FOR_SIGNATURE, null, "Scale data", made.plus(Duration.ofDays(1)));
                    int version = agreement.versions().get(0).number();
                    madeLater.add(agreement.versions().get(0));
                    madeLater.add(agreement.sign(version, lead.slug(), leadSeat.memberName(), leadSeat.memberId(),
                            made.plus(Duration.ofDays(2)), true));
                    signatures++;
                    if (a % 4 != 3) {
                        madeLater.add(agreement.sign(version, other.slug(), otherSeat.memberName(),
                                otherSeat.memberId(), made.plus(Duration.ofDays(3)), true));
                        signatures++;
                        inForce++;
                        long days = Duration.between(made, now).toDays();
                        for (int c = 0; c < promised.size(); c++) {
                            if (c % 3 == 2) {
                                continue;
                            }
                            CommitmentStatus status = CommitmentStatus.values()[1 + (a + c) % 4];
                            int figure = status == CommitmentStatus.DONE ? 100 : 10 + random.nextInt(80);
                            madeLater.add(agreement.recordProgress(promised.get(c).id(), status, figure,
                                    NOTES[(a + c) % NOTES.length], c % 2 == 0 ? null
                                            : "https://www.example.org.uk/reports/" + (a + 1) + "-" + (c + 1),
                                    (c % 2 == 0 ? leadSeat : otherSeat).memberName(),
                                    made.plus(Duration.ofDays(4 + random.nextInt((int) Math.max(1, days - 4))))));
                            progress++;
                        }
                    }
                }
                rows.insert(agreement);
                for (Object party : list(agreement, "parties")) {
                    EntityRows.id(party, ids.next("partnership_party"));
                    rows.insert(party);
                }
                for (Object clause : list(agreement, "clauses")) {
                    EntityRows.id(clause, ids.next("partnership_clause"));
                    rows.insert(clause);
                }
                for (Map.Entry<String, String> entry : kindFields(kind, parties).entrySet()) {
                    field.setLong(1, agreement.id());
                    field.setString(2, entry.getKey());
                    field.setString(3, entry.getValue());
                    field.addBatch();
                }
                for (Commitment commitment : promised) {
                    rows.insert(commitment);
                }
                for (Object later : madeLater) {
                    EntityRows.id(later, ids.next(EntityRows.table(later.getClass())));
                    rows.insert(later);
                }
                for (Object record : list(agreement, "audit")) {
                    EntityRows.id(record, ids.next("partnership_audit"));
                    rows.insert(record);
                    audit++;
                }
                commitments += promised.size();
            }
            rows.flush();
            field.executeBatch();
            String[] words = {"swimming", "dementia cafe", "bereavement", "sign language", "men's group", "debt",
                    "autism", "cycling", "cooking", "english lessons"};
            for (int n = 0; n < neighbourhoods; n++) {
                for (int day = 0; day < 365; day += 3) {
                    unmet.setLong(1, ids.next("asset_unmet_search"));
                    unmet.setLong(2, places.get(n).id());
                    unmet.setString(3, words[(n + day) % words.length]);
                    unmet.setString(4, "");
                    unmet.setDate(5, java.sql.Date.valueOf(today.toLocalDate().minusDays(day)));
                    unmet.setInt(6, 1 + random.nextInt(4));
                    unmet.addBatch();
                    if (++searches % BATCH == 0) {
                        unmet.executeBatch();
                    }
                }
            }
            unmet.executeBatch();
            rows.flush();
            ids.restart();
            return new Counts(neighbourhoods, organisations, boardMembers, meetings, agreements, inForce, signatures,
                    commitments, progress, audit, searches);
        }
    }

    /** What an agreement of this kind records beyond the common text, filled as a board member would. */
    private static Map<String, String> kindFields(AgreementKind kind, List<AgreementText.Party> parties) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (AgreementKind.Field field : kind.fields()) {
            fields.put(field.key(), field.key().equals("jointControllers") ? "no"
                    : field.label() + " as agreed by the board.");
        }
        for (AgreementKind.Field field : kind.perParty()) {
            for (AgreementText.Party party : parties) {
                fields.put(AgreementKind.key(field, party.organisation()), field.label() + " for " + party.name()
                        + ", as agreed by the board.");
            }
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object entity, String name) {
        try {
            Field field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return (List<Object>) field.get(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next id of each table, from after what is there; each table's counter moved past them at the end. */
    private static final class Ids {
        private final Connection db;
        private final Map<String, Long> next = new java.util.LinkedHashMap<>();

        Ids(Connection db) {
            this.db = db;
        }

        long next(String table) throws SQLException {
            Long id = next.get(table);
            if (id == null) {
                id = nextId(db, table);
            }
            next.put(table, id + 1);
            return id;
        }

        void restart() throws SQLException {
            for (Map.Entry<String, Long> e : next.entrySet()) {
                restartIdentity(db, e.getKey(), e.getValue());
            }
        }
    }
}
