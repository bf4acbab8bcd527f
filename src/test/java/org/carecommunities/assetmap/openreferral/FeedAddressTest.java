package org.carecommunities.assetmap.openreferral;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A feed's address: public https only, unless the host is trusted for tests. */
class FeedAddressTest {

    private static final Map<String, String> HOSTS = Map.of(
            "directory.example.org", "93.184.216.34",
            "inside.example.org", "10.0.4.2",
            "rebound.example.org", "169.254.169.254",
            "shared.example.org", "100.72.1.1",
            "v6-inside.example.org", "fd12:3456:789a::1",
            "v6-public.example.org", "2001:4860:4860::8888",
            "mapped.example.org", "::ffff:192.168.1.9",
            "localhost", "127.0.0.1");

    private static InetAddress[] lookup(String host) throws UnknownHostException {
        String address = HOSTS.get(host);
        if (address == null && !host.matches("[0-9.:a-f]+")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address == null ? host : address)};
    }

    private static FeedAddress.Checked check(String address) {
        return FeedAddress.check(address, Set.of("127.0.0.1:9181"), FeedAddressTest::lookup);
    }

    @Test
    void aPublicHttpsAddressIsTheFeedsBaseWithoutATrailingSlashOrServices() {
        assertEquals("https://directory.example.org/openreferral",
                check("https://directory.example.org/openreferral/").base().toString());
        assertEquals("https://directory.example.org/openreferral",
                check(" https://directory.example.org/openreferral/services ").base().toString());
        assertEquals("https://v6-public.example.org", check("https://v6-public.example.org/").base().toString());
    }

    @Test
    void plainHttpIsRefusedUnlessTheHostIsTrusted() {
        assertTrue(check("http://directory.example.org/openreferral").refusal().contains("https://"));
        assertEquals("http://127.0.0.1:9181/test/openreferral",
                check("http://127.0.0.1:9181/test/openreferral").base().toString());
    }

    @Test
    void addressesInsideTheServersNetworksAreRefused() {
        for (String inside : new String[] {"https://127.0.0.1:9182/x", "https://localhost/x", "https://10.1.2.3/",
                "https://inside.example.org/openreferral", "https://rebound.example.org/latest/meta-data",
                "https://shared.example.org/", "https://v6-inside.example.org/", "https://[::1]/",
                "https://mapped.example.org/", "https://0.0.0.0/", "https://[fe80::1]/"}) {
            String refusal = check(inside).refusal();
            assertTrue(refusal != null && refusal.contains("private or local"), inside + ": " + refusal);
        }
        assertTrue(check("http://127.0.0.1:9182/x").refusal().contains("https://"),
                "trust is for one host and port");
    }

    @Test
    void addressesThatAreNotPlainWebAddressesAreRefused() {
        assertTrue(check("").refusal().contains("Give the feed's address"));
        assertTrue(check("directory.example.org/openreferral").refusal().contains("not a web address"));
        assertTrue(check("ftp://directory.example.org/").refusal().contains("not a web address"));
        assertTrue(check("file:///etc/passwd").refusal().contains("not a web address"));
        assertTrue(check("https://user:secret@directory.example.org/").refusal().contains("without a name"));
        assertTrue(check("https://directory.example.org/openreferral?page=2").refusal().contains("query"));
        assertTrue(check("https://nowhere.example.org/").refusal().contains("No server is called"));
        assertTrue(check("https://dir ectory.example.org/").refusal().contains("not a web address"));
    }

    @Test
    void internalCoversEveryRangeAndPublicAddressesPass() throws UnknownHostException {
        assertFalse(FeedAddress.internal(InetAddress.getByName("93.184.216.34")));
        assertFalse(FeedAddress.internal(InetAddress.getByName("100.128.0.1")));
        assertTrue(FeedAddress.internal(InetAddress.getByName("100.64.0.1")));
        assertTrue(FeedAddress.internal(InetAddress.getByName("172.16.0.1")));
        assertTrue(FeedAddress.internal(InetAddress.getByName("192.168.0.1")));
        assertTrue(FeedAddress.internal(InetAddress.getByName("224.0.0.1")));
        assertTrue(FeedAddress.internal(InetAddress.getByName("255.255.255.255")));
        assertNull(FeedAddress.check("https://directory.example.org", Set.of(), FeedAddressTest::lookup).refusal());
    }
}
