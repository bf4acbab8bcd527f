package org.carecommunities.platform.limits;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from: the connection's, unless that is one of the configured proxies (the ingress),
 * in which case the last address in {@code X-Forwarded-For} that is not itself a configured proxy. A forwarded
 * header from anyone else is ignored: it is whatever the sender chose to write.
 */
public record ClientAddress(Set<String> proxies) {

    public ClientAddress {
        proxies = Set.copyOf(proxies);
    }

    /** The proxies from a comma-separated list (empty: trust none). */
    public static ClientAddress trusting(String commaSeparated) {
        return new ClientAddress(Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
    }

    public String of(String remoteAddress, String forwardedFor) {
        if (!proxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remoteAddress;
    }
}
