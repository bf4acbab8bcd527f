package org.carecommunities.platform.time;

import org.carecommunities.platform.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The application's one clock. Every "now" and "today" (a post's time, a due date passed, a token's expiry, a
 * session's age, a rate limit's minute) is read from the {@link Clock} produced here, injected where it is
 * needed; nothing else reads the system clock ({@code ArchitectureTest} says so). One source of time means the
 * portal agrees with itself about what day it is, and a machine whose time is moved (as the tests do, 18 months
 * ahead) moves all of it at once. Times are UTC; pages show them in UK time ({@link Dates}).
 */
@ApplicationScoped
public class Clocks {

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
