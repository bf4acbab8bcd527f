package org.carecommunities.identity.signin;

/** Signed in for the first time: the person sets up their member profile, then comes back. */
public class ProfileRequiredException extends RuntimeException {

    private final String returnTo;

    public ProfileRequiredException(String returnTo) {
        super("Member profile needed for " + returnTo);
        this.returnTo = returnTo;
    }

    public String returnTo() {
        return returnTo;
    }
}
