package org.carecommunities.platform;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The precompiled templates, for pages and for what is rendered outside a request (an email's HTML): one engine
 * for the application.
 */
public final class Templates {

    private static volatile TemplateEngine engine;

    private Templates() {
    }

    /*
     * createPrecompiled loads the generated template classes through the thread's context class loader as it
     * is when the engine is made, which off a request thread is not the application's: pin it while creating.
     */
    public static TemplateEngine engine() {
        TemplateEngine made = engine;
        if (made == null) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(Templates.class.getClassLoader());
            try {
                made = TemplateEngine.createPrecompiled(ContentType.Html);
                engine = made;
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
        return made;
    }

    /** A template rendered with its model, as a string. */
    public static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        engine().render(template, model, out);
        return out.toString();
    }
}
