package org.carecommunities.benchmark;

import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.forum.domain.Post;
import org.carecommunities.platform.RichText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.carecommunities.benchmark.ScaleData.analyze;
import static org.carecommunities.benchmark.ScaleData.nextId;
import static org.carecommunities.benchmark.ScaleData.numbers;
import static org.carecommunities.benchmark.ScaleData.restartIdentity;
import static org.carecommunities.benchmark.ScaleData.strings;

/**
 * Fills a portal database with the forums' share of the scale data (issue 24): at scale 1, 50,000 members, 1,000
 * forums, 200,000 threads and 2,000,000 posts, one thread of them with 10,000 replies (at every scale), spread over
 * the neighbourhoods already there and over the last year. Written in batches, with ids given here; each post's
 * HTML is made by the portal's own {@link RichText} from its Markdown, as a post typed through the form is, and
 * titles and bodies keep the entities' limits. Not part of any start: run it with the portal stopped, as the
 * README's "Benchmarks" section shows.
 *
 * <p>Arguments: a JDBC URL, then optionally the scale (default 1; 0.01 and 0.1 for the growth runs), a user and a
 * password. The same seed makes the same data.
 */
public final class GenerateForums {

    static final int LONG_THREAD_REPLIES = 10_000;
    private static final int BATCH = 2_000;

    private static final String[] TOPICS = {"Getting about", "Health and care", "Parks and green spaces",
            "Older people", "Carers", "Young people", "Food and growing", "Housing", "Safety", "Events",
            "Schools and families", "Volunteering", "Mental wellbeing", "Money worries", "Sport and leisure",
            "Buses and trains", "Pharmacies", "The high street", "Litter and fly-tipping", "Lost and found"};
    private static final String[] FIRST_NAMES = {"Amira", "Ben", "Chloe", "Dev", "Ellie", "Femi", "Grace", "Hamza",
            "Iris", "Jack", "Kiran", "Lily", "Marek", "Nadia", "Owen", "Priya", "Quinn", "Ravi", "Sofia", "Tom",
            "Uma", "Viktor", "Wen", "Yusuf", "Zara", "Agnieszka", "Bilal", "Ciara", "Dawid", "Efua"};
    private static final String[] ASKS = {"Does anyone know when %s opens again?", "Ideas for %s this winter?",
            "Is %s still running on Tuesdays?", "Thank you to everyone at %s", "Worried about %s",
            "Can we get a bench near %s?", "Lift share to %s?", "Volunteers needed at %s", "Changes at %s",
            "What happened to %s?"};
    private static final String[] PLACES = {"the health centre", "the library", "the leisure centre", "the park",
            "the community centre", "the pharmacy", "the food bank", "the youth club", "the bus station",
            "the allotments", "the church hall", "the primary school", "the job centre", "the market"};
    private static final String[] SENTENCES = {"I went along last week and it was really welcoming.",
            "The number 12 bus stops right outside, which helps.", "My neighbour says it has moved to Thursdays.",
            "It might be worth ringing them first, they are very helpful.", "We should ask the council about it.",
            "**Please** share this with anyone who might need it.", "There is step-free access at the side door.",
            "I can give someone a lift if they need one.", "The GP practice has a leaflet about it too.",
            "It is free, and you do not need to book.", "I agree, it has been much harder since the summer.",
            "There is more on the [council's website](https://www.example.gov.uk/services).",
            "Thank you, that is really useful to know.", "My mum goes every week and loves it.",
            "Could the partnership board look at this?", "I have reported it, and so should you if you see it.",
            "Bring a cup, they are trying to cut waste.", "It gets busy after 11, so go early."};

    private GenerateForums() {
    }

    public static void main(String[] args) throws SQLException {
        ScaleData.Target target = ScaleData.Target.of("GenerateForums <jdbc-url> [scale, default 1] [user] [password]",
                "1", args);
        double scale = Double.parseDouble(target.amount());
        target.migrate();
        long started = System.nanoTime();
        long posts;
        try (Connection db = target.connect()) {
            db.setAutoCommit(false);
            posts = generate(db, scale);
        }
        System.out.printf("%,d posts (and their members, forums and threads) written in %.1f s%n", posts,
                (System.nanoTime() - started) / 1e9);
    }

    private static long generate(Connection db, double scale) throws SQLException {
        int members = (int) Math.max(50, 50_000 * scale);
        int forums = (int) Math.max(5, 1_000 * scale);
        int threads = (int) Math.max(50, 200_000 * scale);
        long posts = Math.max(500, (long) (2_000_000 * scale));
        Random random = new Random(20261206L);
        LocalDateTime now = LocalDateTime.now().withNano(0);

        List<Long> places = numbers(db, "SELECT id FROM neighbourhood ORDER BY id");
        List<String> placeNames = strings(db, "SELECT name FROM neighbourhood ORDER BY id");
        if (places.isEmpty()) {
            throw new IllegalStateException("No neighbourhoods: load the demo first");
        }
        long firstMember = nextId(db, "member");
        long forumId = nextId(db, "forum");
        long threadId = nextId(db, "forum_thread");
        long postId = nextId(db, "forum_post");

        // the Markdown of a few thousand posts, made into HTML once each, as the post form would
        List<String[]> bodies = new ArrayList<>();
        for (int b = 0; b < 3_000; b++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0, n = 1 + random.nextInt(4); s < n; s++) {
                text.append(s == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
            }
            String body = text.toString();
            if (body.length() > Post.BODY_MAX) {
                throw new IllegalStateException("A body longer than a post may be");
            }
            bodies.add(new String[] {body, RichText.toHtml(body)});
        }

        try (PreparedStatement member = db.prepareStatement("INSERT INTO member (id, subject, display_name, "
                + "home_neighbourhood_id, joined_at, last_signed_in_at, days_visited) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int m = 0; m < members; m++) {
                member.setLong(1, firstMember + m);
                member.setString(2, UUID.randomUUID().toString());
                member.setString(3, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                        + (char) ('A' + random.nextInt(26)));
                member.setLong(4, places.get(random.nextInt(places.size())));
                LocalDateTime joined = now.minusDays(1 + random.nextInt(365));
                member.setTimestamp(5, Timestamp.valueOf(joined));
                member.setTimestamp(6, Timestamp.valueOf(joined.plusDays(random.nextInt(
                        (int) java.time.Duration.between(joined, now).toDays() + 1))));
                member.setInt(7, random.nextInt(100));
                member.addBatch();
                if ((m + 1) % BATCH == 0) {
                    member.executeBatch();
                    db.commit();
                }
            }
            member.executeBatch();
            db.commit();
        }

        long firstForum = forumId;
        try (PreparedStatement forum = db.prepareStatement("INSERT INTO forum (id, neighbourhood_id, slug, name, "
                + "description, general, created_at) VALUES (?, ?, ?, ?, ?, FALSE, ?)")) {
            for (int f = 0; f < forums; f++) {
                int place = f % places.size();
                String topic = TOPICS[f % TOPICS.length];
                forum.setLong(1, forumId++);
                forum.setLong(2, places.get(place));
                forum.setString(3, "scale-" + (f + 1));
                forum.setString(4, placeNames.get(place) + ": " + topic.toLowerCase(java.util.Locale.UK)
                        + (f >= TOPICS.length * places.size() ? " " + (f / (TOPICS.length * places.size()) + 1) : ""));
                forum.setString(5, topic + " in " + placeNames.get(place) + ".");
                forum.setTimestamp(6, Timestamp.valueOf(now.minusDays(366)));
                forum.addBatch();
            }
            forum.executeBatch();
            db.commit();
        }

        long written = 0;
        try (PreparedStatement thread = db.prepareStatement("INSERT INTO forum_thread (id, forum_id, title, "
                + "author_id, created_at, last_activity_at, reply_count) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement post = db.prepareStatement("INSERT INTO forum_post (id, thread_id, position, "
                     + "author_id, body, created_at, body_html, body_html_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            long ordinary = posts - LONG_THREAD_REPLIES - 1;
            int pending = 0;
            for (int t = 0; t < threads; t++) {
                boolean longThread = t == 0;
                // the posts left, shared over the threads left: about ten each, some many more
                long left = ordinary - written;
                int count = longThread ? LONG_THREAD_REPLIES + 1
                        : (int) Math.max(1, Math.min(left - (threads - t - 1L),
                        1 + random.nextInt((int) Math.max(1, 2 * left / (threads - t)))));
                long forum = longThread ? firstForum : firstForum + random.nextInt(forums);
                LocalDateTime opened = now.minusMinutes(60 + random.nextInt(365 * 24 * 60));
                long gap = Math.max(1, java.time.Duration.between(opened, now).toMinutes() / (count + 1));
                LocalDateTime[] times = new LocalDateTime[count];
                for (int p = 0; p < count; p++) {
                    LocalDateTime at = opened.plusMinutes(p * gap + random.nextInt((int) Math.max(1, gap)));
                    times[p] = p > 0 && at.isBefore(times[p - 1]) ? times[p - 1] : at;
                }
                String title = String.format(ASKS[random.nextInt(ASKS.length)], PLACES[random.nextInt(PLACES.length)]);
                if (title.length() > ForumThread.TITLE_MAX) {
                    throw new IllegalStateException("A title longer than a thread's may be");
                }
                long author = firstMember + random.nextInt(members);
                // the thread goes to the database before any of its posts (each batch sends threads first)
                thread.setLong(1, threadId);
                thread.setLong(2, forum);
                thread.setString(3, title);
                thread.setLong(4, author);
                thread.setTimestamp(5, Timestamp.valueOf(opened));
                thread.setTimestamp(6, Timestamp.valueOf(times[count - 1]));
                thread.setInt(7, count - 1);
                thread.addBatch();
                for (int p = 0; p < count; p++) {
                    String[] body = bodies.get(random.nextInt(bodies.size()));
                    post.setLong(1, postId++);
                    post.setLong(2, threadId);
                    post.setInt(3, p);
                    post.setLong(4, p == 0 ? author : firstMember + random.nextInt(members));
                    post.setString(5, body[0]);
                    post.setTimestamp(6, Timestamp.valueOf(times[p]));
                    post.setString(7, body[1]);
                    post.setObject(8, RichText.VERSION, Types.INTEGER);
                    post.addBatch();
                    if (++pending == BATCH) {
                        thread.executeBatch();
                        post.executeBatch();
                        db.commit();
                        pending = 0;
                    }
                }
                threadId++;
                if (!longThread) {
                    written += count;
                }
                if ((t + 1) % 20_000 == 0) {
                    System.out.printf("%,d threads, %,d posts%n", t + 1, written + LONG_THREAD_REPLIES + 1);
                }
            }
            thread.executeBatch();
            post.executeBatch();
            db.commit();
        }
        restartIdentity(db, "member", firstMember + members);
        restartIdentity(db, "forum", forumId);
        restartIdentity(db, "forum_thread", threadId);
        restartIdentity(db, "forum_post", postId);
        analyze(db, List.of("member", "forum", "forum_thread", "forum_post"));
        System.out.printf("The thread of %,d replies is /forums/scale-1/threads/%d%n", LONG_THREAD_REPLIES,
                threadId - threads);
        return written + LONG_THREAD_REPLIES + 1;
    }
}
