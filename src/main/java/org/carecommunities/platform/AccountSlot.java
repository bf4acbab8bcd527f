package org.carecommunities.platform;

/**
 * The header's sign-in slot, filled by the identity module (which the platform does not depend on): who is
 * signed in and where to sign in, see the account, or sign out.
 */
public interface AccountSlot {

    /** The account links for the request being rendered; {@code currentPath} is where the person is now. */
    Account account(String currentPath);

    /**
     * @param name          the signed-in person's display name, or null when signed out
     * @param signInUrl     where "Sign in" goes (back to {@code currentPath} afterwards)
     * @param accountUrl    the person's account page
     * @param signOutAction where the sign-out form posts
     * @param returnTo      the path to come back to after signing out
     */
    record Account(String name, String signInUrl, String accountUrl, String signOutAction, String returnTo) {

        public boolean signedIn() {
            return name != null;
        }
    }
}
