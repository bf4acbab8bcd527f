/** The member entity. Private to the identity module. */
package org.carecommunities.identity.domain;
