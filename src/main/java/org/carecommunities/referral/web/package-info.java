/**
 * Referrals' pages: the list a member follows, the form to refer someone, a referral and its answers.
 */
package org.carecommunities.referral.web;
