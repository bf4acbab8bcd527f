package org.carecommunities.platform;

import org.carecommunities.platform.web.CsrfFilter;
import org.carecommunities.platform.web.Renderer;

/**
 * What a module needs of the CSRF protection ({@link CsrfFilter}) to build a form it cannot write with the
 * {@code platform/csrfField} template: the form field's name and the token of the request being rendered (a
 * multipart form carries it in its action's query, since the filter does not read multipart bodies).
 */
public final class Csrf {

    /** The form field (or query parameter) that carries the token. */
    public static final String FIELD = "_csrf";

    private Csrf() {
    }

    /** The token of the request whose view is being rendered. */
    public static String token() {
        return Renderer.csrfToken();
    }
}
