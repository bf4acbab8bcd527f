package org.carecommunities.partnership.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComparisonTest {

    @Test
    void versionsAreComparedClauseByClause() {
        AgreementText v1 = AgreementTextTest.section75();
        AgreementText v2 = new AgreementText(v1.title(), v1.kind(), v1.purpose(), v1.scope(), v1.parties(),
                List.of(new AgreementText.Clause("1. Aims", "Fewer emergency admissions."),
                        new AgreementText.Clause("2. Contributions", "Council £450,000; PCN £150,000 a year."),
                        new AgreementText.Clause("3. Exit", "Six months' notice.")),
                v1.starts(), v1.ends().plusYears(1), v1.review(), Map.of("host", "Kingsmead Council"), v1.schedules());
        Map<String, Comparison.Status> parts = Comparison.of(v1, v2).stream()
                .collect(Collectors.toMap(Comparison.Part::name, Comparison.Part::status));
        assertEquals(Comparison.Status.SAME, parts.get("Clause 1. Aims"));
        assertEquals(Comparison.Status.CHANGED, parts.get("Clause 2. Contributions"));
        assertEquals(Comparison.Status.ADDED, parts.get("Clause 3. Exit"));
        assertEquals(Comparison.Status.CHANGED, parts.get("Ends"));
        assertEquals(Comparison.Status.SAME, parts.get("Parties"));
        assertEquals(Comparison.Status.SAME, parts.get("Field: Host partner"));
        assertEquals(Comparison.Status.REMOVED, parts.get("Field: Risk share"));
        Comparison.Part changed = Comparison.of(v1, v2).stream().filter(p -> p.name().equals("Clause 2. Contributions"))
                .findFirst().orElseThrow();
        assertEquals("Council £400,000; PCN £150,000 a year.", changed.before());
        assertEquals("Council £450,000; PCN £150,000 a year.", changed.after());
        assertEquals(List.of(), Comparison.of(v1, v1).stream().filter(p -> p.status() != Comparison.Status.SAME)
                .toList(), "a version compared with itself");
    }
}
