package org.carecommunities.partnership.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementKindTest {

    private static AgreementText with(AgreementText a, String kind, Map<String, String> fields) {
        return new AgreementText(a.title(), kind, a.purpose(), a.scope(), a.parties(), a.clauses(), a.starts(),
                a.ends(), a.review(), fields, a.schedules());
    }

    private static Map<String, String> section75Fields() {
        Map<String, String> f = new HashMap<>();
        for (String key : List.of("aims", "host", "fundManager", "functions", "riskShare", "monitoring",
                "variation")) {
            f.put(key, "Written down");
        }
        for (String org : List.of("kingsmead-council", "riverside-pcn")) {
            f.put("contribution:" + org, "£100,000 a year");
            f.put("provides:" + org, "Two social workers");
        }
        return f;
    }

    @Test
    void aCompleteSection75CanGoToSignature() {
        AgreementText text = with(AgreementTextTest.section75(), "SECTION_75", section75Fields());
        assertEquals(Map.of(), AgreementKind.SECTION_75.problems(text));
    }

    @Test
    void aSection75WithoutContributionsIsRefusedPartnerByPartner() {
        Map<String, String> fields = section75Fields();
        fields.remove("contribution:riverside-pcn");
        fields.remove("riskShare");
        Map<String, String> problems = AgreementKind.SECTION_75.problems(with(AgreementTextTest.section75(),
                "SECTION_75", fields));
        assertEquals("Section 75 pooled fund: give “Contribution per year” for Riverside PCN",
                problems.get("contribution:riverside-pcn"));
        assertTrue(problems.containsKey("riskShare"));
        assertEquals(2, problems.size());
    }

    @Test
    void jointControllersMustSayWhoDoesWhatAndWhereRightsAreExercised() {
        Map<String, String> fields = new HashMap<>(Map.of("dataCategories", "Names, NHS numbers", "retention",
                "Two years", "jointControllers", "yes", "lawfulBasis:kingsmead-council", "Article 6(1)(e)",
                "lawfulBasis:riverside-pcn", "Article 6(1)(e); 9(2)(h)"));
        Map<String, String> problems = AgreementKind.DATA_SHARING.problems(with(AgreementTextTest.section75(),
                "DATA_SHARING", fields));
        assertEquals(List.of("responsibilities", "rightsContact"), List.copyOf(problems.keySet()));
        fields.put("jointControllers", "no");
        assertEquals(Map.of(), AgreementKind.DATA_SHARING.problems(with(AgreementTextTest.section75(),
                "DATA_SHARING", fields)));
    }

    @Test
    void everyAgreementHasPartiesSignatoriesClausesAndATermWithItsReviewInside() {
        AgreementText a = AgreementTextTest.section75();
        AgreementText bad = new AgreementText(a.title(), "MOU", " ", a.scope(),
                List.of(new AgreementText.Party("kingsmead-council", "Kingsmead Council", " ")), List.of(),
                LocalDate.of(2027, 4, 1), LocalDate.of(2027, 3, 1), LocalDate.of(2028, 1, 1), Map.of(), List.of());
        Map<String, String> problems = AgreementKind.MOU.problems(bad);
        assertEquals("Kingsmead Council has nobody named to sign for it", problems.get("parties"));
        assertEquals(List.of("purpose", "parties", "clauses", "ends", "review"), List.copyOf(problems.keySet()));
        assertTrue(AgreementKind.NETWORK.problems(with(a, "NETWORK", Map.of())).containsKey("schedules"));
        assertEquals(Map.of(), AgreementKind.MOU.problems(with(a, "MOU", Map.of())));
    }
}
