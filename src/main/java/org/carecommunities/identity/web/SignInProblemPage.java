package org.carecommunities.identity.web;

/** Why signing in did not work, and what to do. */
public record SignInProblemPage(String heading, String explanation) {

    static final String TEMPLATE = "identity/signInProblem.jte";

    static SignInProblemPage unavailable() {
        return new SignInProblemPage("Sign-in is unavailable right now",
                "We cannot reach the sign-in service at the moment. You can still read everything on Care "
                        + "Communities without signing in. Try signing in again in a few minutes.");
    }
}
