package org.carecommunities.partnership.agreements;

/**
 * One part of two versions compared (the title, a clause by its heading, a field, a schedule...): how it changed
 * ({@code SAME}, {@code CHANGED}, {@code ADDED} or {@code REMOVED}) and its text in each (null where absent).
 */
public record ComparedPart(String name, String change, String before, String after) {

    public boolean changed() {
        return !"SAME".equals(change);
    }
}
