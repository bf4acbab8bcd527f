/**
 * A meeting's pages: scheduling, the meeting with its agenda and minutes, and its calendar file.
 */
package org.carecommunities.partnership.meetings.web;
