package org.carecommunities.benchmark;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.rendezVous;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The portal under load, one request (or one short path) at a time: each load is {@code connections} users, each
 * on its own keep-alive connection, asking again as soon as they are answered for {@code seconds}; the loads run
 * one after the other, the static file first, so every figure is measured beside the baseline of the same run.
 * {@link Figures} prints each load's throughput as a share of the baseline, with p50, p95 and p99, when the run ends.
 */
public class PortalBenchmark extends Simulation {

    static final String BASE = System.getProperty("base", "http://localhost:9080");
    static final int CONNECTIONS = Integer.getInteger("connections", 32);
    static final Duration SECONDS = Duration.ofSeconds(Integer.getInteger("seconds", 10));
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("warmup", 30));
    /** Only the loads whose names contain one of these (comma-separated; every load when empty), and the baseline. */
    static final List<String> ONLY = java.util.Arrays.stream(System.getProperty("only", "").split(","))
            .map(String::strip).filter(part -> !part.isEmpty()).toList();
    static final String HTML = "text/html,application/xhtml+xml";
    /** What only a signed-in page holds. */
    static final String SIGNED_IN = "id=\"sign-out\"";

    private final Portal portal = new Portal(BASE);
    private final Figures figures = new Figures(SECONDS);
    private final AtomicInteger openReferralPage = new AtomicInteger();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader(HTML)
            .acceptEncodingHeader("gzip, deflate").userAgentHeader("care-communities-benchmark")
            .disableCaching();

    /** A request timed into the figures of its load: an error unless answered with that status. */
    private ChainBuilder timed(String load, HttpRequestActionBuilder request, int expected) {
        return timed(load, request, expected, null);
    }

    /**
     * As {@link #timed(String, HttpRequestActionBuilder, int)}, and an error too unless the answer holds
     * {@code mark} (a signed-in page's sign-out button: a page answered to someone not signed in is not the load).
     */
    private ChainBuilder timed(String load, HttpRequestActionBuilder request, int expected, String mark) {
        HttpRequestActionBuilder checked = request.check(status().saveAs("status"),
                responseTimeInMillis().saveAs("ms"));
        if (mark != null) {
            checked = checked.check(regex(java.util.regex.Pattern.quote(mark)).count().saveAs("marked"));
        }
        return exec(checked).exec(session -> {
            boolean answered = session.contains("status") && session.getInt("status") == expected
                    && (mark == null || session.contains("marked") && session.getInt("marked") > 0);
            figures.record(load, session.contains("ms") ? session.getInt("ms") : -1, answered);
            return session.remove("status").remove("ms").remove("marked").markAsSucceeded();
        });
    }

    private ChainBuilder timed(String load, HttpRequestActionBuilder request) {
        return timed(load, request, 200);
    }

    private PopulationBuilder load(String name, ChainBuilder each) {
        return load(name, null, each);
    }

    /**
     * {@code connections} users, each doing {@code first} once (taking a signed-in session, say) then {@code each}
     * again and again; users with something to do first wait for each other before the load starts, so all of it
     * is measured at {@code connections}.
     */
    private PopulationBuilder load(String name, ChainBuilder first, ChainBuilder each) {
        if (!name.equals(Figures.BASELINE) && !ONLY.isEmpty() && ONLY.stream().noneMatch(name::contains)) {
            return null;
        }
        figures.expect(name);
        ChainBuilder repeated = io.gatling.javaapi.core.CoreDsl.during(SECONDS).on(each);
        return scenario(name).exec(first == null ? repeated : first.exec(rendezVous(CONNECTIONS)).exec(repeated))
                .injectOpen(atOnceUsers(CONNECTIONS));
    }

    private PopulationBuilder page(String name, String path) {
        return load(name, timed(name, http(name).get(path)));
    }

    private PopulationBuilder fragment(String name, String path, String target) {
        return load(name, timed(name, http(name).get(path).header("HX-Request", "true").header("HX-Target", target)));
    }

    /**
     * The session of a demo user, signed in once before the load (see {@link Portal#signIn}), taken by each of the
     * load's users; checks the landing page is theirs.
     */
    private ChainBuilder signIn(String username, String landing) {
        List<java.net.HttpCookie> cookies = portal.signIn(username, landing);
        ChainBuilder taken = exec(session -> session);
        for (java.net.HttpCookie cookie : cookies) {
            taken = taken.exec(addCookie(Cookie(cookie.getName(), cookie.getValue())
                    .withPath(cookie.getPath() == null ? "/" : cookie.getPath())));
        }
        return taken.exec(http("signed in: " + username).get(landing).check(regex(SIGNED_IN).exists()));
    }

    {
        String assetSearch = System.getProperty("search", "/asset-map?q=walk&category=physical-activity&postcode=KM2+4AB");
        List<PopulationBuilder> loads = new ArrayList<>();
        loads.add(page(Figures.BASELINE, portal.baseline));
        loads.add(page("home", "/"));
        loads.add(load("home, asked again with its tag (304)", timed("home, asked again with its tag (304)",
                http("home 304").get("/").header("If-None-Match", portal.homeTag), 304)));
        loads.add(page("neighbourhood page", "/neighbourhoods/kingsmead"));
        loads.add(fragment("neighbourhood block: services", "/neighbourhoods/kingsmead/blocks/services", "services"));
        loads.add(page("forum page", "/forums/kingsmead-general"));
        loads.add(page("thread page", portal.thread));
        loads.add(page("asset map", "/asset-map"));
        loads.add(page("asset search (words, category, postcode)", assetSearch));
        loads.add(fragment("asset search as you type (fragment)", assetSearch.replace("q=walk", "q=wal"),
                "asset-results"));
        loads.add(page("asset search, postcode only", "/asset-map?postcode=KM2+4AB"));
        loads.add(page("service page", portal.service));
        // pages the scale data adds (the growth script names them: a long thread's first and last page, a big
        // forum, a neighbourhood and board of the scale data), as "name|path;name|path"
        // (the Gatling plugin may hand the property on in quotes)
        for (String extra : System.getProperty("pages", "").split(";")) {
            if (!extra.isBlank()) {
                String[] named = extra.split("\\|", 2);
                loads.add(page(named[0].replace("\"", "").strip(), named[1].replace("\"", "").strip()));
            }
        }
        loads.add(load("Open Referral services, page by page", timed("Open Referral services, page by page",
                http("Open Referral page").get(session -> "/openreferral/services?per_page=50&page="
                                + (openReferralPage.getAndIncrement() % portal.openReferralPages + 1))
                        .header("Accept", "application/json"))));
        String board = "/partnerships/kingsmead";
        loads.add(page("board page", board));
        loads.add(page("board's meetings page", board + "/meetings"));
        loads.add(load("board page (signed in)", signIn("bea", board),
                timed("board page (signed in)", http("board page").get(board), 200, SIGNED_IN)));
        loads.add(load("agreement page (signed in)", signIn("bea", board)
                        .exec(http("board for an agreement").get(board)
                                .check(regex("href=\"(/partnerships/agreements/[^\"#?]+)\"").saveAs("agreement"))),
                timed("agreement page (signed in)", http("agreement page").get("#{agreement}"), 200, SIGNED_IN)));
        // the board's unmet needs with the referrals' totals; a group's referrals and one referral (each reading of
        // a referral's details is recorded: this load writes a row a request)
        loads.add(load("board's unmet needs and referral totals (signed in)", signIn("bea", board + "/unmet-needs"),
                timed("board's unmet needs and referral totals (signed in)", http("unmet needs")
                        .get(board + "/unmet-needs"), 200, SIGNED_IN)));
        loads.add(load("a group's referrals (signed in)", signIn("sam", "/referrals"),
                timed("a group's referrals (signed in)", http("referrals").get("/referrals"), 200, SIGNED_IN)));
        String referral = System.getProperty("referral", "/referrals/eddf37d6-7928-537e-8fb8-87f1275e5f61");
        loads.add(load("a referral (signed in, reading recorded)", signIn("sam", referral),
                timed("a referral (signed in, reading recorded)", http("referral").get(referral), 200, SIGNED_IN)));

        // writing: a resident replies in a thread, a steward changes a service's description (each user its own
        // reply or change, again and again); the portal needs FORUM_POSTS_PER_MINUTE raised for this, as 32
        // connections are one person posting many times a minute
        AtomicInteger written = new AtomicInteger();
        loads.add(load("reply in a thread (signed in, writes)", signIn("rosa", portal.thread),
                exec(http("thread for a reply").get(portal.thread)
                        .check(css("form[action$='/replies'] input[name='_csrf']", "value").saveAs("csrf"),
                                css("form[action$='/replies']", "action").saveAs("replies")))
                        .exec(timed("reply in a thread (signed in, writes)", http("reply").post("#{replies}")
                                .formParam("_csrf", "#{csrf}")
                                .formParam("body", session -> "Benchmark reply " + written.incrementAndGet()
                                        + ": thank you, I will pass this on to my neighbours.")
                                .disableFollowRedirect(), 303))));
        // a service of the demo's (its venue's postcode one the geocoder knows: the scale data's are made up)
        String group = "/asset-map/groups/riverside-food-pantry";
        String edit = System.getProperty("edit", group + "/services/16139aa5-eb9d-5f81-8a2a-474c8e08022d/edit");
        loads.add(load("steward edits a service (signed in, writes)", signIn("sam", group)
                        .exec(session -> session.set("edit", edit)),
                exec(http("service form").get("#{edit}").check(form("form[action='#{edit}']").saveAs("fields")))
                        .exec(timed("steward edits a service (signed in, writes)", http("service saved")
                                .post("#{edit}").formParamSeq(session -> {
                                    // the form as it came, a field ticked more than once (categories) sent once for
                                    // each value, with a new description
                                    List<Map.Entry<String, Object>> sent = new ArrayList<>();
                                    session.<Object>getMap("fields").forEach((name, value) -> {
                                        if (!name.equals("description")) {
                                            valuesOf(value).forEach(v -> sent.add(Map.entry(name, v)));
                                        }
                                    });
                                    sent.add(Map.entry("description", "Free food parcels and a warm welcome; no "
                                            + "referral needed. Changed by the benchmark, "
                                            + written.incrementAndGet() + "."));
                                    return sent;
                                }).disableFollowRedirect(), 303))));

        // first every page for a while, not counted, so the JIT has compiled what the loads run
        ChainBuilder everyPage = exec(http("warm-up: home").get("/"));
        for (String path : List.of("/neighbourhoods/kingsmead", "/forums/kingsmead-general", portal.thread,
                "/forums/search?q=bus", "/asset-map", assetSearch, "/asset-map?postcode=KM2+4AB", portal.service,
                "/partnerships/kingsmead", "/partnerships/kingsmead/meetings", portal.baseline)) {
            everyPage = everyPage.exec(http("warm-up: " + path).get(path));
        }
        everyPage = everyPage.exec(http("warm-up: Open Referral").get("/openreferral/services?per_page=50")
                .header("Accept", "application/json"));
        loads.add(0, scenario("warm-up").during(WARM_UP).on(everyPage).injectOpen(atOnceUsers(8)));

        // last: at full scale a forum search takes seconds, and the searches still running when its load ends would
        // be measured as the next load's time
        loads.add(page("forum search", "/forums/search?q=bus"));
        loads.removeIf(java.util.Objects::isNull);
        // one after the other: each load the child of the one before (siblings would run together)
        PopulationBuilder chained = loads.get(loads.size() - 1);
        for (int i = loads.size() - 2; i >= 0; i--) {
            chained = loads.get(i).andThen(chained);
        }
        setUp(chained).protocols(protocol);
    }

    /** A form field's values as Gatling's form check gives them: one, or several in a Java or Scala collection. */
    private static List<Object> valuesOf(Object value) {
        if (value instanceof java.util.Collection<?> many) {
            return new ArrayList<>(many);
        }
        if (value instanceof scala.collection.Iterable<?> many) {
            List<Object> values = new ArrayList<>();
            scala.jdk.javaapi.CollectionConverters.asJava(many).forEach(values::add);
            return values;
        }
        return List.of(value);
    }

    @Override
    public void after() {
        figures.print(Map.of("base", BASE, "connections", String.valueOf(CONNECTIONS),
                "seconds", String.valueOf(SECONDS.toSeconds())));
    }
}
