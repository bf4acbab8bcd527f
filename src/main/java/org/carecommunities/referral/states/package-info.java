/**
 * The words of a referral's life, each said in the reader's language: its states, why a group declined, how the
 * person said it went, whether a service takes referrals.
 */
package org.carecommunities.referral.states;
