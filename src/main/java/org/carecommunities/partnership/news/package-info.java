/**
 * Who follows an agreement or a commitment, and telling them and board members the partnership's news, as facts
 * (Following, through identity's News). It depends on boards only; partnership.words writes the news in words.
 */
package org.carecommunities.partnership.news;
