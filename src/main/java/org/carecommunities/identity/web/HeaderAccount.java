package org.carecommunities.identity.web;

import org.carecommunities.platform.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.SignInLinks;
import org.carecommunities.platform.AccountSlot;


/** Fills the header's sign-in slot: "Sign in", or the person's name with "Sign out". */
@RequestScoped
public class HeaderAccount implements AccountSlot {

    @Inject
    CurrentMember current;

    @Override
    public Account account(String currentPath) {
        String returnTo = ReturnPath.safe(currentPath);
        String signIn = SignInLinks.signIn(returnTo);
        String name = current.isSignedIn()
                ? nonBlank(current.displayName(), Text.t("identity.account.yourAccount")) : null;
        return new Account(name, signIn, AccountResource.ACCOUNT, SignInLinks.SIGN_OUT, returnTo);
    }

    private static String nonBlank(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
