package org.carecommunities.identity.signin;

/** The action needs a signed-in member; answered by sending the person to sign in and back. */
public class SignInRequiredException extends RuntimeException {

    private final String returnTo;

    public SignInRequiredException(String returnTo) {
        super("Sign-in required for " + returnTo);
        this.returnTo = returnTo;
    }

    /** The path (and query) to come back to after signing in. */
    public String returnTo() {
        return returnTo;
    }
}
