/**
 * Partnership boards and their agreements: who is party to them, what each party commits to and by when, which
 * version everyone signed, and how delivery is going. Its facades and records are the module's API; {@code web}
 * and {@code domain} are private. So far the rules in {@code domain} are built; the rest follows (issue 11).
 */
package org.carecommunities.partnership;
