package org.carecommunities.assetmap;

/** Searches in a neighbourhood that found nothing: the words and filters, and how many times, over a period. */
public record UnmetSearch(String words, String filters, long times) {
}
