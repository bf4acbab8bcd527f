package org.carecommunities.assetmap.shortlists;

import org.carecommunities.assetmap.services.ServiceDetails;
import java.util.List;

/** A shortlist as the person it was made for reads and prints it: its title and every detail of each service. */
public record ShortlistDetails(String token, String title, List<ServiceDetails> services, boolean mine) {

    public ShortlistDetails {
        services = List.copyOf(services);
    }
}
