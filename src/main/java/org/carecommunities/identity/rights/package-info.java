/**
 * People's rights over their data (DataRights): a copy of everything the portal holds about a member and its
 * erasure, gathered from every module's PersonalData; this module's own part (MemberRecords) goes last.
 */
package org.carecommunities.identity.rights;
