/**
 * The one clock of the portal (Clocks produces the java.time.Clock every class is given; nothing else reads the
 * system clock).
 */
package org.carecommunities.platform.time;
