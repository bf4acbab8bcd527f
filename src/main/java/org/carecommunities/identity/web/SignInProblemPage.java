package org.carecommunities.identity.web;

import org.carecommunities.platform.Text;

/** Why signing in did not work, and what to do. */
public record SignInProblemPage(String heading, String explanation) {

    static final String TEMPLATE = "identity/signInProblem.jte";

    static SignInProblemPage unavailable() {
        return new SignInProblemPage(Text.t("identity.signIn.unavailable"),
                Text.t("identity.signIn.unavailable.text"));
    }
}
