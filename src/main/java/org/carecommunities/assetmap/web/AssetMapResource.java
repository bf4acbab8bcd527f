package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Choice;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.CitedBy;
import org.carecommunities.assetmap.ServiceActions;
import org.carecommunities.assetmap.ServicePicker;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.search.Category;
import org.carecommunities.assetmap.services.ServiceDetails;
import org.carecommunities.assetmap.search.ServiceRow;
import org.carecommunities.neighbourhood.Neighbourhoods;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import org.carecommunities.assetmap.shortlists.ShortlistRow;
import org.carecommunities.assetmap.geo.Point;
import org.carecommunities.assetmap.shortlists.Shortlists;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.Role;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Forms;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Paged;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The asset map's public pages: the search (filters in the query string, so a search is a link to share; htmx
 * swaps only the results and keeps the address bar in step) and each service's page.
 */
@Path(AssetMapLinks.MAP)
@Produces(MediaType.TEXT_HTML)
public class AssetMapResource {

    @Inject
    AssetMap assetMap;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Forms forms;

    @Inject
    Htmx htmx;

    @Inject
    Answers answers;

    @Inject
    Shortlists shortlists;

    @Inject
    org.carecommunities.identity.Authorisation authorisation;

    @Inject
    CurrentMember current;

    @Inject
    jakarta.enterprise.inject.Instance<CitedBy> citedBy;

    @Inject
    jakarta.enterprise.inject.Instance<ServiceActions> serviceActions;

    /** The map's tile URL template; none (an empty setting) for no map. */
    @Inject
    @ConfigProperty(name = "assetmap.tiles.url")
    Optional<String> tiles;

    @Inject
    @ConfigProperty(name = "assetmap.tiles.attribution")
    Optional<String> attribution;

    /** The portal's public origin, for the links a calendar file carries. */
    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    @GET
    public Response find(@QueryParam("q") String q, @QueryParam("category") String category,
                         @QueryParam("neighbourhood") String neighbourhood, @QueryParam("day") String day,
                         @QueryParam("age") String age, @QueryParam("free") boolean free,
                         @QueryParam("stepFree") boolean stepFree, @QueryParam("postcode") String postcode,
                         @QueryParam("near") String near, @QueryParam("sort") String sort,
                         @QueryParam("time") String time, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("page") String page) {
        FinderForm form = new FinderForm(q, category, neighbourhood, day, age, free, stepFree, postcode, near, sort,
                time, from, to);
        List<Category> categories = assetMap.categories();
        Checked checked = check(form, categories);
        Errors errors = checked.errors();
        Paged<ServiceRow> found = errors.any() ? new Paged<>(List.of(), 1, AssetMap.PAGE_SIZE, 0)
                : assetMap.search(form.query(Paged.pageNumber(page), checked.from()));
        if (!errors.any() && found.total() == 0) {
            try {
                assetMap.noteUnmet(form.query(1, checked.from()));
            } catch (RuntimeException e) {
                // two servers counting the same new search at once: one count lost, the search still answered
                java.util.logging.Logger.getLogger(AssetMapResource.class.getName()).fine(() -> "not counted: " + e);
            }
        }
        FinderResults results = new FinderResults(form, found, errors);
        FinderPage finder = new FinderPage(form, errors, categories,
                neighbourhoods.named().stream().map(n -> new Choice(String.valueOf(n.id()), n.name()))
                        .toList(), results, tiles.orElse(null), attribution.orElse(""),
                authorisation.allowedFor(Role.ADMIN, List.of()));
        View view = View.page(Text.errorPrefix(errors) + Text.t("assetmap.finder.findLocalServicesAnd"),
                FinderPage.TEMPLATE,
                finder).withPart(FinderResults.ID, "assetmap/results.jte", results);
        return errors.any() ? htmx.invalid(view) : Response.ok(view).build();
    }

    /** The filters' problems, if any, and where the results are measured from (none without a place). */
    private record Checked(Errors errors, Point from) {
    }

    /**
     * Where the results are measured from: the browser's location when the person sent it, else the postcode's
     * centre; none without either. A postcode that cannot be found is a problem beside its field.
     */
    private Point from(FinderForm form, Map<String, String> problems) {
        Point near = form.nearPoint();
        if (near != null || form.postcode() == null || form.postcode().isBlank()) {
            return near;
        }
        Outcome<Point> located = assetMap.locate(form.postcode(), "postcode");
        if (located.refusal() instanceof Refusal.Invalid invalid) {
            problems.putAll(invalid.errors().byField());
            return null;
        }
        return located.orRefuse();
    }

    /**
     * The filters checked (their own rules, that a category and neighbourhood exist, that a location can be read)
     * and, when they are all right, the place to measure from.
     */
    private Checked check(FinderForm form, List<Category> categories) {
        String category = form.category();
        String neighbourhood = form.neighbourhood();
        Map<String, String> problems = new LinkedHashMap<>(forms.check(form).byField());
        if (!problems.containsKey("category") && category != null && !category.isBlank()
                && categories.stream().noneMatch(c -> c.code().equals(category))) {
            problems.put("category", Text.t("assetmap.finder.chooseCategory"));
        }
        if (!problems.containsKey("neighbourhood") && neighbourhood != null && !neighbourhood.isBlank()
                && neighbourhoods.byId(Long.parseLong(neighbourhood)).isEmpty()) {
            problems.put("neighbourhood", Text.t("assetmap.finder.chooseNeighbourhood"));
        }
        if (!problems.containsKey("near") && form.near() != null && !form.near().isBlank()
                && form.nearPoint() == null) {
            problems.put("near", Text.t("assetmap.finder.locationUnread"));
        }
        if (!problems.containsKey("from") && !problems.containsKey("to") && form.fromTime() != null
                && form.toTime() != null && !form.toTime().isAfter(form.fromTime())) {
            problems.put("to", Text.t("assetmap.finder.untilLater"));
        }
        Point from = problems.isEmpty() ? from(form, problems) : null;
        return new Checked(new Errors(problems), from);
    }

    /** The same search as a spreadsheet, for anyone to download. */
    @GET
    @Path("download")
    @Produces("text/csv")
    public Response csv(@QueryParam("q") String q, @QueryParam("category") String category,
                        @QueryParam("neighbourhood") String neighbourhood, @QueryParam("day") String day,
                        @QueryParam("age") String age, @QueryParam("free") boolean free,
                        @QueryParam("stepFree") boolean stepFree, @QueryParam("postcode") String postcode,
                        @QueryParam("near") String near, @QueryParam("sort") String sort,
                        @QueryParam("time") String time, @QueryParam("from") String from,
                        @QueryParam("to") String to) {
        FinderForm form = new FinderForm(q, category, neighbourhood, day, age, free, stepFree, postcode, near, sort,
                time, from, to);
        Checked checked = check(form, assetMap.categories());
        Errors errors = checked.errors();
        if (errors.any()) {
            throw Refusal.invalid(errors.list().get(0).field(), errors.list().get(0).message()).exception();
        }
        return Response.ok(ServicesCsv.of(assetMap.all(form.query(1, checked.from())), baseUrl.replaceAll("/+$", "")),
                        "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"services.csv\"").build();
    }

    @GET
    @Path("services/{id}")
    public View service(@PathParam("id") String id) {
        ServiceDetails service = published(id);
        Optional<MemberDetails> member = current.member();
        boolean steward = member.map(m -> Stewardship.stewards(m, service.groupSlug())).orElse(false);
        List<ShortlistRow> mine = member.filter(Shortlists::linkWorker).map(m -> shortlists.mine(m).orRefuse())
                .orElse(List.of());
        List<CitedBy.Citing> citing = citedBy.stream().flatMap(c -> c.citing(service.id(), CITING_MAX).stream())
                .toList();
        List<ServiceActions.Action> offered = member.isEmpty() || serviceActions.isUnsatisfied() ? List.of()
                : assetMap.facts(List.of(service.id())).values().stream().flatMap(facts -> serviceActions.stream()
                .flatMap(a -> a.actions(facts, member.get()).stream())).toList();
        return View.page(service.name(), ServicePage.TEMPLATE, new ServicePage(service, steward,
                member.map(Shortlists::linkWorker).orElse(false), mine, citing, tiles.orElse(null),
                attribution.orElse(""), offered));
    }

    /** The most threads, and the most commitments, a service's page lists as citing it. */
    static final int CITING_MAX = 10;

    /**
     * Services to cite for the words typed in a post's or a commitment's form (htmx, as they are typed): the
     * ticked ones kept, the ones found offered; in the writer's neighbourhood first.
     */
    @GET
    @Path("cite")
    public View cite(@QueryParam("citeWords") String words, @QueryParam("cite") List<String> chosen,
                     @QueryParam("citeNeighbourhood") String neighbourhood) {
        Long in = neighbourhood != null && neighbourhood.matches("\\d{1,18}") ? Long.valueOf(neighbourhood) : null;
        ServicePicker picker = assetMap.picker(words, chosen, in);
        return View.page(Text.t("assetmap.picker.title"), "assetmap/pickerChoices.jte", picker)
                .withPart(ServicePicker.ID, "assetmap/pickerChoices.jte", picker);
    }

    /** A link worker marks the service checked today. */
    @POST
    @Path("services/{id}/checked")
    public Response checked(@PathParam("id") String id) {
        MemberDetails member = authorisation.requireMember();
        return answers.act(() -> shortlists.check(id, member),
                today -> htmx.redirect(java.net.URI.create(AssetMapLinks.service(id))));
    }

    @GET
    @Path("services/{id}/suggest")
    public View suggestForm(@PathParam("id") String id) {
        ServiceDetails service = published(id);
        return suggestView(service, new SuggestionForm("", "", "", ""), Errors.NONE, false);
    }

    @POST
    @Path("services/{id}/suggest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suggest(@PathParam("id") String id, @FormParam("kind") String kind,
                            @FormParam("details") String details, @FormParam("name") String name,
                            @FormParam("email") String email) {
        ServiceDetails service = published(id);
        SuggestionForm form = new SuggestionForm(kind, details, name, email);
        return answers.submit(form, errors -> suggestView(service, form, errors, false),
                () -> assetMap.suggest(id, kind, details, name, email),
                done -> Response.ok(suggestView(service, form, Errors.NONE, true)).build());
    }

    private View suggestView(ServiceDetails service, SuggestionForm form, Errors errors, boolean sent) {
        String title = Text.errorPrefix(errors) + (sent ? Text.t("assetmap.suggest.thankYou")
                : Text.t("assetmap.suggest.title", "name", service.name()));
        return View.page(title, SuggestPage.TEMPLATE, new SuggestPage(service.id(), service.name(), service.group(),
                form, errors, sent));
    }

    private ServiceDetails published(String id) {
        return assetMap.service(id)
                .orElseThrow(() -> Refusal.notFound(Text.t("assetmap.noSuchServiceClosed")).exception());
    }

    /** The service's coming sessions, to add to a calendar. */
    @GET
    @Path("services/{id}/sessions.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") String id) {
        String page = baseUrl.replaceAll("/+$", "") + AssetMapLinks.service(id);
        return assetMap.calendar(id, page)
                .map(ics -> Response.ok(ics, "text/calendar; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"sessions.ics\"").build())
                .orElseThrow(() -> Refusal.notFound(Text.t("assetmap.noSuchService")).exception());
    }
}
