package org.carecommunities.forum.web;

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

    private String firstThreadOf(String forum, String titleWord) {
        String body = http.get(forum).body();
        int at = body.indexOf(titleWord);
        int href = body.lastIndexOf("href=\"", at);
        return body.substring(href + 6, body.indexOf('"', href + 6));
    }
}
