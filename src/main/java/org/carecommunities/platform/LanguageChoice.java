package org.carecommunities.platform;

/**
 * A signed-in member's saved choice of language, kept by the identity module (which the platform does not depend
 * on). The platform asks it first when it decides the language of a request.
 */
public interface LanguageChoice {

    /** The short code of the language the person signed in chose ({@code cy}), or null (none, or signed out). */
    String saved();

    /** Saves the choice for the person signed in; does nothing for someone signed out. */
    void save(Text.Language language);
}
