package org.carecommunities.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a resource answers with: a page whose main content is one template, plus the named parts of that
 * page that htmx may ask for by target id. The platform renders the whole page, the main content, or one part,
 * depending on the request.
 *
 * @param title    the page title, shown in the browser tab and as the context of the heading
 * @param template the JTE template of the page's main content, for example {@code neighbourhood/home.jte}
 * @param model    the record that template takes
 * @param parts    fragments of the main content that can be swapped on their own
 */
public record View(String title, String template, Object model, List<Part> parts) {

    /** A fragment of the page that htmx requests with {@code HX-Target: <target>}. */
    public record Part(String target, String template, Object model) {
        public Part {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(template, "template");
        }
    }

    public View {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(template, "template");
        parts = List.copyOf(parts);
    }

    public static View page(String title, String template, Object model) {
        return new View(title, template, model, List.of());
    }

    /** The same view, also able to answer htmx requests targeting {@code target} with only that part. */
    public View withPart(String target, String template, Object model) {
        List<Part> more = new ArrayList<>(parts);
        more.add(new Part(target, template, model));
        return new View(title, template(), model(), more);
    }

    public Part part(String target) {
        if (target == null) {
            return null;
        }
        return parts.stream().filter(p -> p.target().equals(target)).findFirst().orElse(null);
    }
}
