/**
 * Neighbourhood forums: residents and the organisations serving them talk in their neighbourhood's forums.
 *
 * <p>The root package is the module's API: the {@link org.carecommunities.forum.Forums} facade and the records
 * it returns. {@code web} (pages) and {@code domain} (entities) are private. Neighbourhoods and members belong to
 * other modules and are referred to by id.
 */
package org.carecommunities.forum;
