/**
 * This module's part of a member's data for their rights (ForumData, an identity PersonalData): what it copies for
 * them and what erasing them removes or keeps without their name.
 */
package org.carecommunities.forum.rights;
