/**
 * A forum or thread page as one read: the thread, a page of its posts, its proposal card and what the reader may
 * do, gathered by the Forums facade in one transaction.
 */
package org.carecommunities.forum.reading;
