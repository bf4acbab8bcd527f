package org.carecommunities.identity.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/neighbourhoods/kingsmead", "/?q=north&page=2", "/account"})
    void keepsPathsOnThisSite(String path) {
        assertEquals(path, ReturnPath.safe(path));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
            "neighbourhoods", "/callback?code=x", "/login?next=/", "/logout", "/a\r\nSet-Cookie: x=1", "/a b", "/%",
            "/forums/%zz", "/x?y=%"})
    void sendsEverythingElseHome(String next) {
        assertEquals("/", ReturnPath.safe(next));
    }
}
