/**
 * Platform: what every business module renders and validates with.
 *
 * <p>The root package is the API other modules use: {@link org.carecommunities.platform.View} (what a
 * resource answers with), {@link org.carecommunities.platform.Htmx} (page or fragment, and the
 * form outcomes), {@link org.carecommunities.platform.Errors} (field messages for a form). The sub-packages
 * are private: {@code web} renders views with JTE and applies the security filters and error pages,
 * {@code persistence} migrates the schema at start-up, {@code health} answers the health probes.
 */
package org.carecommunities.platform;
