package org.carecommunities.partnership.agreements.web;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.carecommunities.partnership.agreements.AgreementDetails;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementPdfTest {

    /** Names in Welsh, Polish, French and Irish spellings, and a digest, as a person reads them back from the PDF. */
    @Test
    void everyNamePrintsWhole() throws IOException {
        List<AgreementDetails.Party> parties = List.of(
                new AgreementDetails.Party("wendshire-council", "Cyngor Sir Wendshire", "Siân Ŷwen ap Dafydd",
                        LocalDateTime.parse("2026-03-09T09:45"), "Siân Ŷwen ap Dafydd"),
                new AgreementDetails.Party("riverside-pcn", "Riverside PCN", "Łucja Wróbel", null, null));
        AgreementDetails agreement = new AgreementDetails("6f1d2c3b-0000-4000-8000-000000000001", "kingsmead",
                "Cronfa gofal – Kingsmead", "Memorandum of understanding",
                new AgreementDetails.Status("AWAITING_SIGNATURES", "Awaiting signatures", "awaiting signatures"),
                        true, null,
                "Gofal i bawb: Seán Ó Briain, Chloé Dubé and Łucja Wróbel work together.", parties,
                List.of(new AgreementDetails.Clause("1. Nodau", "Llai o dderbyniadau brys; mwy o ofal yn y cartref.")),
                1, "a".repeat(64), List.of(), false, null, List.of(), LocalDate.parse("2026-04-01"),
                LocalDate.parse("2029-03-31"), LocalDate.parse("2027-03-31"), null, List.of(), null, List.of(1),
                List.of(), AgreementDetails.Reader.NOBODY, false);
        PdfReader reader = new PdfReader(AgreementPdf.of(agreement));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        for (String name : List.of("Siân Ŷwen ap Dafydd", "Łucja Wróbel", "Seán Ó Briain", "Chloé Dubé",
                "Cronfa gofal – Kingsmead", "Llai o dderbyniadau brys; mwy o ofal yn y cartref.")) {
            assertTrue(text.toString().contains(name), name + " in: " + text);
        }
    }
}
