package org.carecommunities.assetmap;

import org.carecommunities.assetmap.openreferral.Finding;
import org.carecommunities.assetmap.openreferral.RecordOutcome;
import org.carecommunities.assetmap.openreferral.OpenReferralRecordsTest;
import org.carecommunities.assetmap.openreferral.OpenReferralImport;
import org.carecommunities.assetmap.search.ServiceQuery;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Refusal;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An Open Referral feed built here, imported into the real database: good records in, bad ones leave no trace. */
@ExtendWith(ArquillianExtension.class)
class OpenReferralImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withPersistence(OpenReferralImportIT.class).addClass(OpenReferralRecordsTest.class);
    }

    @Inject
    OpenReferralImport imports;

    @Inject
    AssetMap assetMap;

    @Inject
    Neighbourhoods neighbourhoods;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private static MemberDetails member(Role role) {
        return new MemberDetails(1L, UUID.randomUUID().toString(), "Tester", 1L, Set.of(), null,
                LocalDateTime.now(), 1, null, Set.of(role));
    }

    private String eastwell() {
        return String.valueOf(neighbourhoods.covering("EW2").orElseThrow().id());
    }

    @Test
    void goodRecordsAreCreatedThenUpdatedAndBadOnesSaveNothing() {
        String good = UUID.randomUUID().toString();
        String org = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();
        String badOrg = UUID.randomUUID().toString();
        String badLocation = UUID.randomUUID().toString();
        String name = "Imported lunch " + good.substring(0, 8);
        var page = Json.createObjectBuilder().add("total_items", 3).add("contents", Json.createArrayBuilder()
                .add(OpenReferralRecordsTest.service().add("id", good).add("name", name)
                        .add("organization", Json.createObjectBuilder().add("id", org).add("name", "Valley Lunch " + org.substring(0, 6))))
                .add(OpenReferralRecordsTest.service().add("id", bad).add("name", "Broken " + bad)
                        .add("organization", Json.createObjectBuilder().add("id", badOrg).add("name", "Never created " + badOrg.substring(0, 6)))
                        .add("service_at_locations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("location", Json.createObjectBuilder().add("id", badLocation).add("name", "Hall")
                                        .add("latitude", 52.38).add("longitude", -1.45)
                                        .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                                .add("address_1", "1 Road").add("city", "Eastwell").add("postal_code", "EW2 1AB"))))))
                        .add("schedules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("freq", "WEEKLY")
                                .add("byday", "TU").add("opens_at", "10:00").add("closes_at", "11:00")
                                .add("valid_from", "2026-06-01").add("valid_to", "2026-01-01"))))
                .add(Json.createValue("not a record"))).build().toString();

        OpenReferralImport.Report report = imports.run(page.getBytes(StandardCharsets.UTF_8), eastwell(),
                member(Role.ADMIN)).orRefuse();
        assertEquals(1, report.accepted().size());
        assertEquals(RecordOutcome.CREATED, report.accepted().get(0).outcome());
        assertEquals(2, report.rejected().size());
        assertTrue(report.rejected().get(0).reasons().stream().map(Finding::said).anyMatch(r -> r.contains("valid_to")));
        assertEquals(3, report.rejected().get(1).number());

        assertEquals(1, assetMap.search(new ServiceQuery(name, null, null, null, null, false, false, null, false, 1))
                .total(), "the accepted service is published and found by its words");
        assertTrue(assetMap.service(good).isPresent());
        assertEquals(0, Sql.number(database, "SELECT COUNT(*) FROM asset_service WHERE uuid = '" + bad + "'"));
        assertEquals(0, Sql.number(database, "SELECT COUNT(*) FROM asset_location WHERE uuid = '" + badLocation + "'"));
        assertEquals(0, Sql.number(database, "SELECT COUNT(*) FROM asset_group WHERE uuid = '" + badOrg + "'"),
                "a rejected record's organisation is not created");
        assertEquals(1, Sql.number(database, "SELECT COUNT(*) FROM asset_group WHERE uuid = '" + org
                + "' AND claimed_at IS NULL"), "the new group is on the map, unclaimed");

        String renamed = name + " renamed";
        String again = Json.createArrayBuilder().add(OpenReferralRecordsTest.service().add("id", good)
                .add("name", renamed).add("organization", Json.createObjectBuilder().add("id", org)
                        .add("name", "Valley Lunch " + org.substring(0, 6)))).build().toString();
        OpenReferralImport.Report second = imports.run(again.getBytes(StandardCharsets.UTF_8), eastwell(),
                member(Role.ADMIN)).orRefuse();
        assertEquals(RecordOutcome.UPDATED, second.accepted().get(0).outcome());
        assertEquals(renamed, assetMap.service(good).orElseThrow().name());

        String inWelsh = Json.createArrayBuilder().add(OpenReferralRecordsTest.service().add("id", good)
                .add("name", renamed).add("organization", Json.createObjectBuilder().add("id", org)
                        .add("name", "Valley Lunch " + org.substring(0, 6)))
                .add("x_translations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("language", "cy-GB").add("name", "Cinio'r cwm " + good.substring(0, 8))
                        .add("description", "Cinio poeth, yna cardiau a sgwrs.")))).build().toString();
        imports.run(inWelsh.getBytes(StandardCharsets.UTF_8), eastwell(), member(Role.ADMIN)).orRefuse();
        assertEquals("Cinio'r cwm " + good.substring(0, 8), Sql.value(database, "SELECT t.name FROM "
                + "asset_service_translation t JOIN asset_service s ON s.id = t.service_id WHERE s.uuid = '" + good
                + "' AND t.language = 'cy-GB'"), "its Welsh, as the record gave it");
        assertEquals(1, assetMap.search(new ServiceQuery("cwm " + good.substring(0, 8), null, null, null, null,
                false, false, null, false, 1)).total(), "and found by its Welsh words");
        imports.run(again.getBytes(StandardCharsets.UTF_8), eastwell(), member(Role.ADMIN)).orRefuse();
        assertEquals(1, Sql.number(database, "SELECT COUNT(*) FROM asset_service_translation t JOIN asset_service s "
                + "ON s.id = t.service_id WHERE s.uuid = '" + good + "'"), "a record that gives none leaves it");
        imports.run(inWelsh.replace("\"x_translations\":[{", "\"x_translations\":[],\"x\":[{")
                .getBytes(StandardCharsets.UTF_8), eastwell(), member(Role.ADMIN)).orRefuse();
        assertEquals(0, Sql.number(database, "SELECT COUNT(*) FROM asset_service_translation t JOIN asset_service s "
                + "ON s.id = t.service_id WHERE s.uuid = '" + good + "'"), "one that gives an empty list takes it away");
        assertEquals(1, Sql.number(database, "SELECT COUNT(*) FROM asset_location l JOIN asset_service s ON "
                + "s.id = l.service_id WHERE s.uuid = '" + good + "'"), "its venue updated in place, not doubled");
    }

    @Test
    void filesThatCannotBeReadAndPeopleWhoAreNotAdminsAreRefused() {
        assertTrue(imports.run("{}".getBytes(StandardCharsets.UTF_8), eastwell(), member(Role.GROUP_STEWARD))
                .refusal() instanceof Refusal.NotPermitted);
        assertTrue(message(imports.run("{not json".getBytes(StandardCharsets.UTF_8), eastwell(),
                member(Role.ADMIN)).refusal(), "file").contains("not JSON"));
        assertTrue(message(imports.run(new byte[OpenReferralImport.MAX_BYTES + 1], eastwell(),
                member(Role.ADMIN)).refusal(), "file").contains("larger than"));
        assertTrue(message(imports.run("{\"a\":1}".getBytes(StandardCharsets.UTF_8), eastwell(),
                member(Role.ADMIN)).refusal(), "file").contains("not an Open Referral page"));
        assertTrue(message(imports.run("[]".getBytes(StandardCharsets.UTF_8), "999999",
                member(Role.ADMIN)).refusal(), "neighbourhood").contains("neighbourhood"));
    }

    private static String message(Refusal refusal, String field) {
        assertTrue(refusal instanceof Refusal.Invalid, String.valueOf(refusal));
        return ((Refusal.Invalid) refusal).errors().byField().get(field);
    }
}
