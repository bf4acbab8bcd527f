/**
 * The referral module's part of a member's copy and erasure, and the erasing of closed referrals' details.
 */
package org.carecommunities.referral.rights;
