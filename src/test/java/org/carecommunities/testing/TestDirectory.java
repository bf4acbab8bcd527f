package org.carecommunities.testing;

import jakarta.enterprise.context.ApplicationScoped;
import org.carecommunities.identity.Directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link Directory} that identity's own tests deploy in place of the neighbourhood module's: three
 * neighbourhoods found by the first letters of a postcode, and organisations named by their slug. Added by
 * {@link Deployments} only when the neighbourhood module is left out, so there is never more than one.
 */
@ApplicationScoped
public class TestDirectory implements Directory {

    private static final List<Area> AREAS = List.of(new Area(new Choice(9_001, "Kingsmead"), "KM"),
            new Area(new Choice(9_002, "Eastwell Valley"), "EW"), new Area(new Choice(9_003, "Northgate Hill"), "NH"));

    @Override
    public List<Choice> choices() {
        return AREAS.stream().map(Area::choice).toList();
    }

    @Override
    public Optional<Choice> covering(String postcode) {
        String typed = postcode == null ? "" : postcode.strip().toUpperCase(Locale.ROOT);
        return AREAS.stream().filter(a -> typed.startsWith(a.district())).map(Area::choice).findFirst();
    }

    @Override
    public Optional<Choice> byId(long id) {
        return AREAS.stream().map(Area::choice).filter(c -> c.id() == id).findFirst();
    }

    @Override
    public String organisationName(String slug) {
        return slug;
    }

    private record Area(Choice choice, String district) {
    }
}
