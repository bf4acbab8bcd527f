package org.carecommunities.forum.web;

import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.moderation.ForumModeration;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forum pages over HTTP, as someone not signed in sees them, and what they refuse. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(ForumPagesIT.class);
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void everyDemoNeighbourhoodHasAGeneralAndThemedForums() {
        String body = http.get("/forums").body();
        for (String neighbourhood : new String[] {"kingsmead", "northgate-hill", "eastwell-valley"}) {
            for (String theme : new String[] {"general", "older-people", "mental-wellbeing", "young-people"}) {
                assertTrue(body.contains("href=\"/forums/" + neighbourhood + "-" + theme + "\""), neighbourhood + theme);
            }
        }
    }

    @Test
    void anyoneCanReadAForumAndItsThreadsByLatestActivity() {
        HttpResponse<String> forum = http.get("/forums/kingsmead-general");
        assertEquals(200, forum.statusCode());
        String body = forum.body();
        assertTrue(body.indexOf("Food pantry needs volunteers") < body.indexOf("struggling to get through"),
                "latest activity first");
        assertTrue(body.contains("Started by Sam for Riverside Food Pantry"));
        assertTrue(body.contains("Sign in</a> to join this forum"));
        assertFalse(body.contains("id=\"start-thread\""), "no new-thread form for people not signed in");
    }

    @Test
    void aThreadShowsItsPostsWithOrganisationsAndSafeFormatting() {
        String body = http.get(firstThreadOf("/forums/kingsmead-general", "struggling")).body();
        assertTrue(body.contains("Dr Priya Shah for Riverside Medical Practice"));
        assertTrue(body.contains("Rosa, resident of Northgate Hill"), "a resident is shown with their neighbourhood");
        assertTrue(body.contains("<strong>afternoon release</strong>"));
        assertTrue(body.contains("rel=\"nofollow ugc noopener\""));
        assertTrue(body.contains("<a href=\"/login?next="), "sign in to reply");
    }

    @Test
    void threadIsAPageOrAFragment() {
        String path = firstThreadOf("/forums/kingsmead-general", "struggling");
        HttpResponse<String> fragment = http.get(path, "HX-Request", "true", "HX-Target", "maincontent");
        assertFalse(fragment.body().contains("<html"));
        assertTrue(fragment.headers().allValues("Vary").stream().anyMatch(v -> v.contains("HX-Request")));
        HttpResponse<String> more = http.get(path, "HX-Request", "true", "HX-Target", ForumRoutes.MORE_POSTS_ID);
        assertTrue(more.body().strip().startsWith("<li class=\"post\""), "just the posts for infinite scroll");
    }

    @Test
    void readersOfTheLastPageAreSentNewRepliesAndTheNextPoller() {
        String path = firstThreadOf("/forums/kingsmead-general", "struggling");
        assertTrue(http.get(path).body().contains("id=\"" + ForumRoutes.LIVE_ID + "\""), "the last page polls");
        String news = http.get(path + "/since/0", "HX-Request", "true", "HX-Target", ForumRoutes.LIVE_ID).body();
        assertTrue(news.contains("id=\"post-1\"") && news.contains("id=\"post-2\""));
        assertFalse(news.contains("id=\"post-0\""));
        assertTrue(news.contains("hx-get=\"" + path + "/since/2\""));
        assertTrue(news.contains("data-announce=\"2 new replies\""));
        String nothing = http.get(path + "/since/2", "HX-Request", "true", "HX-Target", ForumRoutes.LIVE_ID).body();
        assertFalse(nothing.contains("class=\"post\""));
        assertFalse(nothing.contains("data-announce"), "nothing to announce");
    }

    @Test
    void similarThreadsArePartOfThePage() {
        HttpResponse<String> similar = http.get("/forums/kingsmead-general/similar?title=surgery+appointments",
                "HX-Request", "true", "HX-Target", ForumRoutes.SIMILAR_ID);
        assertTrue(similar.body().startsWith("<div id=\"" + ForumRoutes.SIMILAR_ID + "\""));
        assertTrue(similar.body().contains("struggling to get through to the surgery"));
        assertFalse(similar.body().contains("<title>"), "does not retitle the page");
    }

    @Test
    void searchFindsTitlesAndPostsAndCanStayInOneForum() {
        HttpResponse<String> all = http.get("/forums/search?q=river+path");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("walking group by the river?"), "found in a post's body");
        String one = http.get("/forums/search?q=surgery&forum=northgate-hill-general").body();
        assertTrue(one.contains("Bus 42 changes"));
        assertFalse(one.contains("struggling to get through"));
        assertEquals(400, http.get("/forums/search?q=" + "x".repeat(101)).statusCode());
    }

    @Test
    void postingNeedsASignedInMember() {
        String token = http.csrfToken("/neighbourhoods/kingsmead/suggest-organisation");
        HttpResponse<String> thread = http.post("/forums/kingsmead-general/threads",
                Http.form("_csrf", token, "title", "Hello", "body", "Hi all"));
        assertEquals(303, thread.statusCode());
        assertTrue(thread.headers().firstValue("Location").orElse("").contains("/login?next="));
        assertEquals(403, new Http(base).post("/forums/kingsmead-general/threads",
                Http.form("title", "Hello", "body", "Hi all")).statusCode(), "and a CSRF token");
    }

    @Test
    void unknownForumsAndThreadsInTheWrongForumAre404() {
        assertEquals(404, http.get("/forums/atlantis-general").statusCode());
        String path = firstThreadOf("/forums/kingsmead-general", "struggling");
        assertEquals(404, http.get(path.replace("kingsmead-general", "northgate-hill-general")).statusCode());
        assertEquals(404, http.get("/forums/kingsmead-general/threads/999999").statusCode());
    }

    @Test
    void signingInRotatesTheCsrfTokenAndSignedInPagesAreNeverStored() {
        Http rosa = new Http(base);
        String before = rosa.csrfToken("/neighbourhoods/kingsmead/suggest-organisation");
        assertEquals("public, max-age=0, s-maxage=30", rosa.get("/forums").headers().firstValue("Cache-Control")
                .orElse(""), "the same for everyone signed out: a shared cache may keep it a while");
        rosa.signIn("rosa");
        HttpResponse<String> stale = rosa.post("/forums/kingsmead-general/membership",
                Http.form("_csrf", before, "action", "join"));
        assertEquals(403, stale.statusCode(), "a token from before signing in is no longer accepted");
        String after = rosa.csrfToken("/forums/kingsmead-general");
        assertFalse(after.equals(before));
        assertEquals(303, rosa.post("/forums/kingsmead-general/membership",
                Http.form("_csrf", after, "action", "join")).statusCode());
        assertEquals("no-store", rosa.get("/forums").headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void badInputInAddressesAnswersWithAPageNeverA500() {
        HttpResponse<String> far = http.get("/forums/kingsmead-general?page=999999999");
        assertEquals(200, far.statusCode(), "a page past the end is the last page");
        assertTrue(far.body().contains("struggling to get through") || far.body().contains("thread-row"));
        String thread = firstThreadOf("/forums/kingsmead-general", "struggling");
        assertEquals(200, http.get(thread + "?page=2147483647").statusCode());
        assertEquals(200, http.get("/forums/search?q=surgery&page=99999999999").statusCode());
        for (String next : List.of("/a%20b", "%25", "/forums/%25zz", "/x%3Fy%3D%25")) {
            HttpResponse<String> signIn = http.get("/login?next=" + next);
            assertTrue(signIn.statusCode() < 500, next + " answered " + signIn.statusCode());
        }
        Http mo = member("mo", null, null);
        String token = join(mo, "kingsmead-general");
        HttpResponse<String> returnTo = mo.post("/forums/kingsmead-general/membership", Http.form("_csrf", token,
                "action", "join", "returnTo", "/forums/kingsmead-general/threads/1 2%"));
        assertEquals(303, returnTo.statusCode(), "an unusable return path goes back to the forum");
        assertTrue(returnTo.headers().firstValue("Location").orElse("").endsWith("/forums/kingsmead-general"));
    }

    @Test
    void aModeratorsLongestReasonForHidingAPostIsKept() {
        Http mo = member("mo", null, null);
        // a forum whose demo threads no test counts on, so the threads this leaves behind push none off page 1
        String token = join(mo, "northgate-hill-mental-wellbeing");
        String thread = mo.post("/forums/northgate-hill-mental-wellbeing/threads", Http.form("_csrf", token,
                "title", "Parking by the school gates", "body", "Cars on the zigzags every morning"))
                .headers().firstValue("Location").map(Http::path).orElseThrow();
        java.util.regex.Matcher post = java.util.regex.Pattern.compile("/forums/moderation/posts/(\\d+)")
                .matcher(mo.get(thread).body());
        assertTrue(post.find());
        String reason = "r".repeat(ForumModeration.REASON_MAX);
        HttpResponse<String> hidden = mo.post(post.group(), Http.form("_csrf", token, "action", "hide",
                "reason", reason));
        assertEquals(303, hidden.statusCode(), hidden.body());
        assertTrue(mo.get("/forums/moderation").body().contains(reason));
        HttpResponse<String> tooLong = mo.post(post.group(), Http.form("_csrf", token, "action", "hide",
                "reason", reason + "r"));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("Reason must be 500 characters or fewer"));
    }

    /**
     * A post keeps the language its author wrote it in: one in Polish on an English page is marked as Polish, one in
     * Urdu as Urdu and right to left; without a choice, the language of the author's pages; an unknown language is
     * refused beside its field, with what was typed kept.
     */
    @Test
    void aPostIsMarkedWithTheLanguageItsAuthorWroteItIn() {
        Http mo = member("mo", "Mo", "KM1 1AA"); // not Ada, who tests the posting limit
        String token = join(mo, "kingsmead-general");
        HttpResponse<String> started = mo.post("/forums/kingsmead-general/threads", Http.form("_csrf", token,
                "title", "Spotkanie sąsiedzkie", "body", "Zapraszamy wszystkich w sobotę.", "language", "pl"));
        assertEquals(303, started.statusCode(), started.body());
        String thread = started.headers().firstValue("Location").map(Http::path).orElseThrow();
        assertEquals(303, mo.post(thread + "/replies", Http.form("_csrf", token, "body", "ہم ضرور آئیں گے",
                "language", "ur")).statusCode());
        assertEquals(303, mo.post(thread + "/replies", Http.form("_csrf", token, "body", "See you there"))
                .statusCode());
        HttpResponse<String> refused = mo.post(thread + "/replies", Http.form("_csrf", token, "body", "Kept words",
                "language", "xx-nowhere"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Choose a language from the list") && refused.body().contains("Kept words"),
                "refused beside the field, the words kept");

        String page = new Http(base).get(thread).body();
        assertTrue(page.contains("<html lang=\"en-GB\""), "an English page");
        assertTrue(page.contains("<h1 class=\"nhsuk-heading-l\"><span lang=\"pl\">Spotkanie sąsiedzkie</span>"),
                "the title in the opening post's language");
        assertTrue(new Http(base).get("/forums/kingsmead-general", "Cache-Control", "no-cache").body()
                .contains("<a href=\"" + thread + "\" lang=\"pl\">Spotkanie sąsiedzkie</a>"), "and in the forum's list");
        assertTrue(page.contains("<div class=\"post__body\" lang=\"pl\"><p>Zapraszamy wszystkich w sobotę.</p>"),
                "the Polish post marked as Polish");
        assertTrue(page.contains("<div class=\"post__body\" lang=\"ur\" dir=\"rtl\"><p>ہم ضرور آئیں گے</p>"),
                "the Urdu one as Urdu, right to left");
        assertTrue(page.contains("<div class=\"post__body\" lang=\"en-GB\"><p>See you there</p>"),
                "without a choice, the language of the author's pages");
        assertTrue(mo.get(thread).body().contains("<option value=\"pl\">Polski</option>"),
                "the form names each language in itself");
    }

    @Test
    void postingFasterThanTheLimitAnswers429WithTheTextKept() {
        Http ada = member("ada", "Ada", "KM1 1AA");
        String token = join(ada, "kingsmead-mental-wellbeing");
        HttpResponse<String> started = ada.post("/forums/kingsmead-mental-wellbeing/threads",
                Http.form("_csrf", token, "title", "Quick questions", "body", "First"));
        assertEquals(303, started.statusCode());
        String thread = started.headers().firstValue("Location").map(Http::path).orElseThrow();
        HttpResponse<String> reply = null;
        for (int i = 1; i <= 10; i++) {
            reply = ada.post(thread + "/replies", Http.form("_csrf", token, "body", "Reply " + i + " <kept>"));
            if (reply.statusCode() != 303) {
                break;
            }
        }
        assertEquals(429, reply.statusCode(), "the eleventh post in a minute");
        assertEquals("60", reply.headers().firstValue("Retry-After").orElse(null));
        assertTrue(reply.body().contains("You are posting very quickly"));
        assertTrue(reply.body().contains("Reply 10 &lt;kept&gt;</textarea>"), "what they typed is kept");
    }

    @Test
    void moderationIsOnlyForModeratorsOfTheNeighbourhood() {
        HttpResponse<String> anonymous = http.get("/forums/moderation");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login?next="));
        Http rosa = member("rosa", null, null);
        assertEquals(403, rosa.get("/forums/moderation").statusCode());
        String thread = firstThreadOf("/forums/kingsmead-general", "struggling");
        long id = Long.parseLong(thread.substring(thread.lastIndexOf('/') + 1));
        assertEquals(403, rosa.get(ForumRoutes.moderateThread(id)).statusCode());
        String token = rosa.csrfToken(thread);
        assertEquals(403, rosa.post(ForumRoutes.moderateThread(id),
                Http.form("_csrf", token, "action", "lock", "reason", "Mine now")).statusCode());
        assertEquals(403, rosa.post(ForumRoutes.NEW_FORUM, Http.form("_csrf", token, "neighbourhood", "1",
                "name", "Rosa's forum", "description", "")).statusCode());
        assertFalse(rosa.get(thread).body().contains("id=\"moderate-thread\""), "no moderator tools shown");
        assertEquals(403, rosa.get(ForumRoutes.moderatePost(1)).statusCode());
        assertEquals(403, rosa.post(ForumRoutes.moderatePost(1), Http.form("_csrf", token, "action", "hide",
                "reason", "Mine now")).statusCode());
        assertEquals(403, rosa.post(ForumRoutes.SUSPENSIONS, Http.form("_csrf", token, "post", "1", "days", "7",
                "reason", "Mine now")).statusCode());
        assertEquals(403, rosa.post(ForumRoutes.suspension(1), Http.form("_csrf", token, "reason", "x"))
                .statusCode());
        String anonymousToken = http.csrfToken("/neighbourhoods/kingsmead/suggest-organisation");
        assertEquals(303, http.post(thread + "/follow", Http.form("_csrf", anonymousToken, "action", "follow"))
                .statusCode(), "following needs a member");
    }

    @Test
    void aModeratorLocksAThreadWithAReasonAndEveryoneIsToldWhy() {
        Http mo = member("mo", null, null);
        String token = join(mo, "northgate-hill-mental-wellbeing");
        String thread = mo.post("/forums/northgate-hill-mental-wellbeing/threads", Http.form("_csrf", token,
                "title", "Fireworks on the green", "body", "Who is organising it this year?"))
                .headers().firstValue("Location").map(Http::path).orElseThrow();
        assertTrue(mo.get(thread).body().contains("id=\"moderate-thread\""));
        String moderate = ForumRoutes.moderateThread(Long.parseLong(thread.substring(thread.lastIndexOf('/') + 1)));

        HttpResponse<String> noReason = mo.post(moderate, Http.form("_csrf", token, "action", "lock", "reason", ""));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("Say why you are locking the thread"));
        HttpResponse<String> locked = mo.post(moderate, Http.form("_csrf", token, "action", "lock",
                "reason", "Arguing about bonfires, not organising one"));
        assertEquals(303, locked.statusCode());

        String seen = http.get(thread).body();
        assertTrue(seen.contains("id=\"cannot-reply\"") && seen.contains("Arguing about bonfires"));
        assertFalse(seen.contains("Sign in</a> to reply"));
        HttpResponse<String> reply = mo.post(thread + "/replies", Http.form("_csrf", token, "body", "Still me"));
        assertEquals(409, reply.statusCode(), "even a moderator unlocks before replying: a conflict with its state");
        assertTrue(reply.body().contains("This thread is locked") && reply.body().contains(">Still me</textarea>"),
                "what was typed is there to copy");
        assertTrue(mo.get("/forums/moderation").body().contains("Arguing about bonfires"), "recorded");
        HttpResponse<String> edit = mo.post(thread + "/posts/0", Http.form("_csrf", token, "body", "Who organises?"));
        assertEquals(409, edit.statusCode(), "no changing posts in a locked thread either");
        assertTrue(edit.body().contains("This thread is locked") && edit.body().contains(">Who organises?</textarea>"));
        HttpResponse<String> support = mo.post(thread + "/support", Http.form("_csrf", token, "action", "support"));
        assertEquals(303, support.statusCode(), "a refused support goes back to the thread, which says why");
        assertTrue(support.headers().firstValue("Location").orElse("").endsWith(thread + "#proposal"));
    }

    @Test
    void aNewForumFormComesBackWithWhatWasTypedAndTheProblems() {
        Http mo = member("mo", null, null);
        String token = mo.csrfToken(ForumRoutes.NEW_FORUM);
        HttpResponse<String> empty = mo.post(ForumRoutes.NEW_FORUM, Http.form("_csrf", token, "neighbourhood", "",
                "name", " ", "description", "For growers <b>old</b> and new"));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Enter a name for the forum"));
        assertTrue(empty.body().contains("Choose the neighbourhood"));
        assertTrue(empty.body().contains("For growers &lt;b&gt;old&lt;/b&gt; and new</textarea>"));
        HttpResponse<String> tooLong = mo.post(ForumRoutes.NEW_FORUM, Http.form("_csrf", token,
                "neighbourhood", "1", "name", "x".repeat(121), "description", ""));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("Name must be 120 characters or fewer"));
    }

    @Test
    void whatsNewListsNewThreadsInJoinedForumsAndRepliesInFollowedThreadsUntilRead() {
        Http sam = member("sam", null, null);
        Http rosa = member("rosa", null, null);
        String samToken = join(sam, "kingsmead-young-people");
        join(rosa, "kingsmead-young-people");
        String title = "Lost tabby cat near the library " + System.nanoTime();
        String thread = sam.post("/forums/kingsmead-young-people/threads", Http.form("_csrf", samToken, "title", title,
                "body", "Answers to Biscuit.")).headers().firstValue("Location").map(Http::path).orElseThrow();

        assertTrue(rosa.get(ForumRoutes.WHATS_NEW).body().contains(title), "a new thread in a forum she joined");
        String rosaToken = rosa.csrfToken(thread);
        assertFalse(rosa.get(ForumRoutes.WHATS_NEW).body().contains(title), "opening it reads it");
        rosa.post(thread + "/follow", Http.form("_csrf", rosaToken, "action", "follow"));
        assertTrue(rosa.get(thread).body().contains("id=\"unfollow-thread\""));

        sam.post(thread + "/replies", Http.form("_csrf", samToken, "body", "Found him, thank you!"));
        String news = rosa.get(ForumRoutes.WHATS_NEW).body();
        assertTrue(news.contains(title) && news.contains("1 new reply"), "a reply in a thread she follows");
        assertTrue(news.contains("href=\"" + thread + "#post-1\""), "links to the first unread reply");
        assertEquals(303, rosa.post(ForumRoutes.WHATS_NEW, Http.form("_csrf", rosaToken)).statusCode());
        assertFalse(rosa.get(ForumRoutes.WHATS_NEW).body().contains(title), "marked as read");
        assertEquals(303, http.get(ForumRoutes.WHATS_NEW).statusCode(), "members only");
    }

    @Test
    void scriptsHandlersAndDangerousLinksInAnyFieldAreInert() {
        Http mo = member("mo", null, null);
        String token = join(mo, "eastwell-valley-mental-wellbeing");
        String title = "<img src=x onerror=alert(1)> Bins " + System.nanoTime();
        String thread = mo.post("/forums/eastwell-valley-mental-wellbeing/threads", Http.form("_csrf", token, "title", title,
                "body", "<script>alert(1)</script> [click](javascript:alert(1)) [data](data:text/html,hi) "
                        + "<svg onload=alert(1)> \"><b onmouseover=alert(1)>"))
                .headers().firstValue("Location").map(Http::path).orElseThrow();
        long id = Long.parseLong(thread.substring(thread.lastIndexOf('/') + 1));
        HttpResponse<String> locked = mo.post(ForumRoutes.moderateThread(id), Http.form("_csrf", token,
                "action", "lock", "reason", "<script>alert('lock')</script>"));
        assertEquals(303, locked.statusCode(), locked.body());

        for (String page : new String[] {thread, "/forums/eastwell-valley-mental-wellbeing",
                "/forums/search?q=Bins", "/forums/eastwell-valley-mental-wellbeing/similar?title=bins+onerror"}) {
            String body = http.get(page).body();
            assertTrue(body.contains("&lt;img src=x onerror=alert(1)&gt; Bins"), "title shown as text on " + page);
            for (String live : new String[] {"<img src=x", "<script>alert", "<svg", "href=\"javascript:",
                    "href=\"data:text", "<b onmouseover"}) {
                assertFalse(body.contains(live), live + " on " + page);
            }
        }
        assertTrue(http.get(thread).body().contains("&lt;script&gt;alert('lock')&lt;/script&gt;"), "the lock reason too");
        assertTrue(mo.get("/forums/moderation").body().contains("&lt;script&gt;alert('lock')"),
                "and the moderation record");
    }

    @Test
    void administratorsAppointModeratorsAndOthersCannot() {
        assertEquals(403, member("mo", null, null).get(ForumRoutes.MODERATORS).statusCode(), "moderators do not");
        Http ada = member("ada", "Ada", "KM1 1AA");
        HttpResponse<String> tooLong = ada.get(ForumRoutes.MODERATORS + "?q=" + "x".repeat(61));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("Search for 60 characters or fewer"));
        String found = ada.get(ForumRoutes.MODERATORS + "?q=ros").body();
        int rosa = found.indexOf("<strong>Rosa</strong>");
        assertTrue(rosa > 0, "found by part of her name");
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("name=\"member\" value=\"(\\d+)\"")
                .matcher(found.substring(rosa));
        assertTrue(id.find());
        java.util.regex.Matcher place = java.util.regex.Pattern.compile("<option value=\"(\\d+)\"[^>]*>Eastwell")
                .matcher(found);
        assertTrue(place.find());
        String token = ada.csrfToken(ForumRoutes.MODERATORS);
        assertEquals(303, ada.post(ForumRoutes.MODERATORS, Http.form("_csrf", token, "member", id.group(1),
                "neighbourhood", place.group(1), "action", "appoint")).statusCode());
        String listed = ada.get(ForumRoutes.MODERATORS).body();
        assertTrue(listed.contains("Stand down<span class=\"nhsuk-u-visually-hidden\"> Rosa from Eastwell Valley"));
        assertEquals(303, ada.post(ForumRoutes.MODERATORS, Http.form("_csrf", token, "member", id.group(1),
                "neighbourhood", place.group(1), "action", "remove")).statusCode());
        assertFalse(ada.get(ForumRoutes.MODERATORS).body().contains("> Rosa from Eastwell Valley"));
        Http rosaClient = member("rosa", null, null);
        assertEquals(403, rosaClient.post(ForumRoutes.MODERATORS, Http.form("_csrf", rosaClient.csrfToken(
                "/forums/kingsmead-general"), "member", id.group(1), "neighbourhood", place.group(1),
                "action", "appoint")).statusCode());
    }

    /** A client signed in as a demo user, with a profile set up if this is their first sign-in. */
    private Http member(String user, String displayName, String postcode) {
        Http client = new Http(base);
        String landed = client.signIn(user);
        if (landed.contains("/account/profile")) {
            String token = client.csrfToken("/account/profile");
            HttpResponse<String> saved = client.post("/account/profile", Http.form("_csrf", token,
                    "displayName", displayName, "neighbourhood", "", "postcode", postcode, "next", "/"));
            assertEquals(303, saved.statusCode(), saved.body());
        }
        return client;
    }

    /** The member joins the forum (if they had not); returns a CSRF token for their next forms. */
    private static String join(Http member, String forum) {
        String token = member.csrfToken("/forums/" + forum);
        member.post("/forums/" + forum + "/membership", Http.form("_csrf", token, "action", "join"));
        return token;
    }

    /** A demo thread's path, found by a word of its title through the forum's search (so test posts never hide it). */
    private String firstThreadOf(String forum, String titleWord) {
        String body = http.get(ForumLinks.search(titleWord, forum.substring(forum.lastIndexOf('/') + 1), 1)).body();
        int at = body.indexOf(titleWord, body.indexOf("id=\"" + ForumRoutes.THREADS_ID + "\""));
        int href = body.lastIndexOf("href=\"", at);
        return body.substring(href + 6, body.indexOf('"', href + 6));
    }
}
