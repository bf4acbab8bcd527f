/**
 * A service as its page shows it: its details, status, how to join, and its coming sessions as an iCalendar file.
 */
package org.carecommunities.assetmap.services;
