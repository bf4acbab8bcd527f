package org.carecommunities.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of refusal answers with its status, plain and to htmx, and says where its message goes on a form. */
class RefusalTest {

    @Test
    void notPermittedIsForbiddenOrNotFoundWhereItsExistenceIsPrivate() {
        assertEquals(403, Refusal.notPermitted("No").status(false));
        assertEquals(403, Refusal.notPermitted("No").status(true));
        assertEquals(404, Refusal.concealed().status(false));
        assertEquals(404, Refusal.concealed().status(true));
    }

    @Test
    void invalidInputIsABadRequestOrUnprocessableToHtmxWithItsMessagesByField() {
        Refusal invalid = Refusal.invalid("title", "Enter a title");
        assertEquals(400, invalid.status(false));
        assertEquals(422, invalid.status(true));
        assertEquals("Enter a title", invalid.errors("body").of("title"), "an invalid field keeps its own place");
        assertFalse(invalid.errors("body").has("body"));
        assertThrows(IllegalArgumentException.class, () -> new Refusal.Invalid(Errors.NONE));
    }

    @Test
    void aConflictWithTheCurrentStateIs409AndGoesBesideItsFieldOrTheFormsFirst() {
        Refusal locked = Refusal.conflict("This thread is locked.");
        assertEquals(409, locked.status(false));
        assertEquals(409, locked.status(true));
        assertEquals("This thread is locked.", locked.errors("body").of("body"));
        assertEquals("Taken", Refusal.conflict("name", "Taken").errors("neighbourhood").of("name"));
    }

    @Test
    void notFoundIs404() {
        assertEquals(404, Refusal.notFound("Gone").status(false));
        assertEquals(404, Refusal.notFound("Gone").status(true));
        assertNull(Refusal.notFound("Gone").field());
    }

    @Test
    void tooFastIs429AndSaysWhenToTryAgain() {
        Refusal tooFast = Refusal.tooFast("body", "Slow down", Duration.ofMinutes(1));
        assertEquals(429, tooFast.status(false));
        assertEquals(429, tooFast.status(true));
        assertEquals(Map.of("Retry-After", "60"), tooFast.headers());
        assertEquals(Map.of("Retry-After", "1"), Refusal.tooFast(null, "Slow", Duration.ofMillis(10)).headers(),
                "never zero seconds");
        assertTrue(Refusal.notPermitted("No").headers().isEmpty());
    }

    @Test
    void aRaisedRefusalCarriesItAndNoStackTrace() {
        Refusal refusal = Refusal.conflict("Locked");
        Refused raised = refusal.exception();
        assertSame(refusal, raised.refusal());
        assertEquals("Locked", raised.getMessage());
        assertEquals(0, raised.getStackTrace().length);
    }

    @Test
    void anOutcomeIsDoneWithAValueOrRefusedWithAReason() {
        Outcome<Integer> done = Outcome.done(2);
        assertTrue(done.isDone());
        assertNull(done.refusal());
        assertEquals(3, done.map(n -> n + 1).orRefuse());
        Refusal refusal = Refusal.notPermitted("No");
        Outcome<Integer> refused = Outcome.refused(refusal);
        assertFalse(refused.isDone());
        assertSame(refusal, refused.map(n -> n + 1).refusal());
        assertSame(refusal, assertThrows(Refused.class, refused::orRefuse).refusal());
    }
}
