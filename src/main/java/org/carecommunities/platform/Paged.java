package org.carecommunities.platform;

import java.util.List;

/**
 * One page of a longer list. A page past the end is the last page, so a number typed into an address never asks
 * the database for rows beyond what there is.
 *
 * @param items the rows on this page
 * @param page  1-based page number, at most the number of pages
 * @param size  rows per page
 * @param total rows in the whole list
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public Paged {
        items = List.copyOf(items);
        if (page < 1 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page and size start at 1");
        }
        page = (int) Math.min(page, Math.max(1, (total + size - 1) / size));
    }

    /** A whole, short list as one page. */
    public static <T> Paged<T> whole(List<T> items) {
        return new Paged<>(items, 1, Math.max(1, items.size()), items.size());
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The index of this page's first row; never past the end of the list, so it cannot overflow. */
    public int firstResult() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    /** A page number from a query string: anything missing, malformed or below 1 means the first page. */
    public static int pageNumber(String raw) {
        try {
            return raw == null ? 1 : Math.max(1, Integer.parseInt(raw.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
