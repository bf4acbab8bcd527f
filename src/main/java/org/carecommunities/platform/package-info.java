/**
 * Platform: what every business module renders, validates and refuses with. It depends on no other module.
 *
 * <p>The root package is the API other modules use: {@link org.carecommunities.platform.View} (what a
 * resource answers with), {@link org.carecommunities.platform.Htmx} (page or fragment, and the form outcomes),
 * {@link org.carecommunities.platform.Errors} (field messages for a form), the closed set of
 * {@link org.carecommunities.platform.Refusal}s that facades return in an {@link org.carecommunities.platform.Outcome},
 * {@link org.carecommunities.platform.Answers} (validate, act and answer, for every form), and the interfaces
 * modules implement for the page shell: {@link org.carecommunities.platform.Navigation} (header entries) and
 * {@link org.carecommunities.platform.AccountSlot}. The sub-packages are private: {@code web} renders views
 * with JTE, maps refusals and failures to responses and applies the security filters, {@code persistence}
 * migrates each module's schema at start-up and rolls back refused calls, {@code health} answers the health
 * probes, {@code limits} the rate limits, {@code time} holds the one clock.
 */
package org.carecommunities.platform;
