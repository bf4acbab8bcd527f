package org.carecommunities.platform;

/** One option of a form's select or radio group: the value sent, and the label people read. */
public record Choice(String value, String label) {
}
