package org.carecommunities.partnership.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementTextTest {

    static AgreementText section75() {
        return new AgreementText("Kingsmead frailty pooled fund", "SECTION_75", "Joined-up care for frail people",
                "Adults over 65 living in Kingsmead",
                List.of(new AgreementText.Party("kingsmead-council", "Kingsmead Council", "Dana Reeve"),
                        new AgreementText.Party("riverside-pcn", "Riverside PCN", "Dr Ola Bakare")),
                List.of(new AgreementText.Clause("1. Aims", "Fewer emergency admissions."),
                        new AgreementText.Clause("2. Contributions", "Council £400,000; PCN £150,000 a year.")),
                LocalDate.of(2027, 4, 1), LocalDate.of(2030, 3, 31), LocalDate.of(2028, 3, 1),
                Map.of("host", "Kingsmead Council", "riskShare", "In proportion to contributions"), List.of());
    }

    @Test
    void theCanonicalFormIsSortedCompactJsonOfStrings() {
        String canonical = section75().canonical();
        assertTrue(canonical.startsWith("{\"clauses\":[{\"heading\":\"1. Aims\",\"text\":\"Fewer emergency "
                + "admissions.\"}"), canonical);
        assertTrue(canonical.contains("\"ends\":\"2030-03-31\",\"fields\":{\"host\":\"Kingsmead Council\","
                + "\"riskShare\":\"In proportion to contributions\"},\"format\":\"" + AgreementText.FORMAT + "\""),
                canonical);
        assertTrue(canonical.contains("\"Council £400,000; PCN £150,000 a year.\""), "UTF-8, not escaped");
        assertTrue(!canonical.contains(" \"") && !canonical.contains(": "), "no white space between tokens");
    }

    @Test
    void aVersionReadBackFromItsCanonicalFormIsTheSameText() {
        AgreementText text = new AgreementText("PCN network agreement", "NETWORK", "Working together", "",
                section75().parties(), section75().clauses(), null, null, null, Map.of("k", "v\nw"),
                List.of(new AgreementText.NamedSchedule("Schedule 1: Practices", "Riverside; Kingsmead")));
        assertEquals(text, AgreementText.parse(text.canonical()));
        assertEquals(section75(), AgreementText.parse(section75().canonical()));
        assertEquals(section75().digest(), AgreementText.parse(section75().canonical()).digest());
    }

    @Test
    void theDigestIsStableAcrossRunsAndMachines() {
        // written down once, and computed apart from this code (Python: json.dumps with sorted keys, no spaces,
        // UTF-8; then hashlib.sha256): a change here means every signature made no longer matches its version
        assertEquals("f667a5c96edbd4f16f6c44642b99ac75470463a010f1ea4171db7632ad1acd27", section75().digest());
    }

    @Test
    void theSameTextTypedDifferentlyHasTheSameDigest() {
        AgreementText a = section75();
        AgreementText decomposed = new AgreementText(a.title(), a.kind(), "Joined-up care for frail people",
                a.scope(), a.parties(), List.of(new AgreementText.Clause("1. Aims", "Fewer emergency admissions."),
                new AgreementText.Clause("2. Contributions", "Council £400,000; PCN £150,000 a year.")), a.starts(),
                a.ends(), a.review(), new HashMap<>(Map.of("riskShare", "In proportion to contributions", "host",
                "Kingsmead Council")), a.schedules());
        assertEquals(a.digest(), decomposed.digest(), "the fields' order does not matter");
        AgreementText accents = withTitle(a, "Caf\u00e9 pooled fund");
        assertEquals(accents.digest(), withTitle(a, "Cafe\u0301 pooled fund").digest(), "NFC");
        assertEquals(withTitle(a, "line\nbreak").digest(), withTitle(a, "line\r\nbreak").digest(), "LF");
    }

    private static AgreementText withTitle(AgreementText a, String title) {
        return new AgreementText(title, a.kind(), a.purpose(), a.scope(), a.parties(), a.clauses(), a.starts(),
                a.ends(), a.review(), a.fields(), a.schedules());
    }

    @Test
    void anyChangeToTheTextChangesTheDigest() {
        AgreementText a = section75();
        List<UnaryOperator<AgreementText>> changes = new ArrayList<>();
        changes.add(x -> withTitle(x, x.title() + "."));
        changes.add(x -> new AgreementText(x.title(), "MOU", x.purpose(), x.scope(), x.parties(), x.clauses(),
                x.starts(), x.ends(), x.review(), x.fields(), x.schedules()));
        changes.add(x -> new AgreementText(x.title(), x.kind(), x.purpose(), x.scope(), List.of(x.parties().get(1),
                x.parties().get(0)), x.clauses(), x.starts(), x.ends(), x.review(), x.fields(), x.schedules()));
        changes.add(x -> new AgreementText(x.title(), x.kind(), x.purpose(), x.scope(), List.of(x.parties().get(0),
                new AgreementText.Party("riverside-pcn", "Riverside PCN", "Dr O Bakare")), x.clauses(), x.starts(),
                x.ends(), x.review(), x.fields(), x.schedules()));
        changes.add(x -> new AgreementText(x.title(), x.kind(), x.purpose(), x.scope(), x.parties(),
                List.of(x.clauses().get(0), new AgreementText.Clause("2. Contributions", "Council £400,001; PCN "
                        + "£150,000 a year.")), x.starts(), x.ends(), x.review(), x.fields(), x.schedules()));
        changes.add(x -> new AgreementText(x.title(), x.kind(), x.purpose(), x.scope(), x.parties(),
                List.of(x.clauses().get(1), x.clauses().get(0)), x.starts(), x.ends(), x.review(), x.fields(),
                x.schedules()));
        changes.add(x -> new AgreementText(x.title(), x.kind(), x.purpose(), x.scope(), x.parties(), x.clauses(),
                x.starts(), x.ends().plusDays(1), x.review(), x.fields(), x.schedules()));
        changes.add(x -> new AgreementText(x.title(), x.kind(), x.purpose(), x.scope(), x.parties(), x.clauses(),
                x.starts(), x.ends(), null, x.fields(), x.schedules()));
        changes.add(x -> new AgreementText(x.title(), x.kind(), x.purpose(), x.scope(), x.parties(), x.clauses(),
                x.starts(), x.ends(), x.review(), Map.of("host", "Kingsmead Council"), x.schedules()));
        changes.add(x -> new AgreementText(x.title(), x.kind(), x.purpose(), x.scope(), x.parties(), x.clauses(),
                x.starts(), x.ends(), x.review(), x.fields(), List.of(new AgreementText.NamedSchedule("Schedule 1",
                "Premises"))));
        changes.add(x -> new AgreementText(x.title(), x.kind(), x.purpose() + " ", x.scope(), x.parties(),
                x.clauses(), x.starts(), x.ends(), x.review(), x.fields(), x.schedules()));
        Set<String> digests = new HashSet<>();
        digests.add(a.digest());
        changes.forEach(c -> digests.add(c.apply(a).digest()));
        assertEquals(changes.size() + 1, digests.size(), "each change its own digest");
        assertTrue(a.digest().matches("[0-9a-f]{64}"));
    }
}
