/**
 * A neighbourhood's partnership board: who sits on it, for which organisation and in which position (Boards). The
 * other sub-domains of partnership build on it; it depends on none of them.
 */
package org.carecommunities.partnership.boards;
