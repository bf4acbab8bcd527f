package org.carecommunities.platform.web;

import java.util.zip.CRC32;

/**
 * URLs of the portal's static files, carrying a version derived from their content so they can be cached
 * for a year: a new build with changed files gets new URLs.
 */
public record Assets(String version) {

    static final String PREFIX = "/static/";
    static final String VERSION_MARK = "v-";
    static final String HTMX = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";

    /** {@code path} relative to {@code /static/}, for example {@code css/portal.css}. */
    public String url(String path) {
        return PREFIX + VERSION_MARK + version + "/" + path;
    }

    public String htmx() {
        return HTMX;
    }

    static Assets of(Iterable<byte[]> contents) {
        CRC32 crc = new CRC32();
        for (byte[] content : contents) {
            crc.update(content);
        }
        return new Assets(Long.toHexString(crc.getValue()));
    }
}
