package org.carecommunities.assetmap.openreferral;

import org.carecommunities.platform.Text;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * The base address of another directory's Open Referral feed, checked before the server asks it for anything: https
 * only, and never an address inside the server's own networks (loopback, private, link-local, shared or unique-local),
 * so an admin's form cannot make the server reach what only it can reach. A {@code host:port} listed as trusted (a
 * test's own feed) may be plain http on such an address. Pure: the name lookup is given.
 */
public final class FeedAddress {

    /** Looks a host name up. */
    public interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    private FeedAddress() {
    }

    /** The address as the feed's base (no trailing slash, {@code /services} taken off), or why it is refused. */
    public static Checked check(String text, Set<String> trusted, Lookup lookup) {
        if (text == null || text.isBlank()) {
            return refused(Text.t("assetmap.feed.address"));
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            return refused(Text.t("assetmap.feed.notWeb"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return refused(Text.t("assetmap.feed.notWeb"));
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return refused(Text.t("assetmap.feed.baseAlone"));
        }
        boolean isTrusted = trusted(uri, trusted);
        if (!scheme.equals("https") && !isTrusted) {
            return refused(Text.t("assetmap.feed.https"));
        }
        if (!isTrusted) {
            Finding inside = inside(hostName(uri), lookup);
            if (inside != null) {
                return refused(inside.said());
            }
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith("/services")) {
            path = path.substring(0, path.length() - "/services".length());
        }
        String base = scheme + "://" + uri.getRawAuthority() + path;
        return new Checked(URI.create(base), null);
    }

    /** The address's host, an IPv6 address without its brackets. */
    static String hostName(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether the address's {@code host:port} (the scheme's port when none is given) is listed as trusted. */
    static boolean trusted(URI uri, Set<String> trusted) {
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return trusted.contains(hostName(uri).toLowerCase(Locale.ROOT) + ":" + port);
    }

    /** Why the host may not be asked, or null: it does not resolve, or one of its addresses is inside. */
    static Finding inside(String host, Lookup lookup) {
        InetAddress[] addresses;
        try {
            addresses = lookup.all(host);
        } catch (UnknownHostException e) {
            return Finding.of("assetmap.feed.noServer", "host", host);
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return Finding.of("assetmap.feed.private", "host", host, "address", address.getHostAddress());
            }
        }
        return null;
    }

    /** Loopback, unspecified, private, link-local, shared (100.64/10), multicast or unique-local (fc00::/7). */
    public static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 169 && second == 254)
                    || first >= 240;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Checked refused(String why) {
        return new Checked(null, why);
    }

    /** The feed's base address, or why the address given is refused. */
    public record Checked(URI base, String refusal) {
    }
}
