package org.carecommunities.partnership.agreements.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Text;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as a PDF (OpenPDF): its version and digest on the first page and in every page's running text,
 * parties, term, clauses, the kind's own fields, and a signature page naming who signed for each party, when,
 * and the digest they signed.
 */
final class AgreementPdf {

    // DejaVu, embedded (a subset of it in each file): any name prints whole, whatever letters it has
    private static final BaseFont SANS = font("DejaVuSans.ttf");
    private static final BaseFont SANS_BOLD = font("DejaVuSans-Bold.ttf");
    private static final BaseFont SANS_MONO = font("DejaVuSansMono.ttf");
    private static final Font TITLE = new Font(SANS_BOLD, 20);
    private static final Font HEADING = new Font(SANS_BOLD, 13);
    private static final Font BODY = new Font(SANS, 10.5f);
    private static final Font BODY_BOLD = new Font(SANS_BOLD, 10.5f);
    private static final Font SMALL = new Font(SANS, 8.5f);
    private static final Font SMALL_BOLD = new Font(SANS_BOLD, 8.5f);
    private static final Font MONO = new Font(SANS_MONO, 8.5f);

    private AgreementPdf() {
    }

    /** A TrueType font from the classpath's {@code fonts/ttf} (the build copies DejaVu there from npm). */
    private static BaseFont font(String file) {
        try (java.io.InputStream in = AgreementPdf.class.getResourceAsStream("/fonts/ttf/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing: the build copies it from npm's "
                        + "dejavu-fonts-ttf");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (java.io.IOException | DocumentException e) {
            throw new IllegalStateException("The font " + file + " could not be read", e);
        }
    }

    static byte[] of(AgreementDetails a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // the document's language, for screen readers and search (ISO 32000 14.9.2)
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(Text.current().tag()));
            document.addTitle(a.title());
            document.addSubject(Text.t("partnership.pdf.subject", "kind", a.kind(), "version", a.version()));
            document.open();
            document.add(new Paragraph(a.title(), TITLE));
            document.add(new Paragraph(a.kind() + " · " + a.status().label(), BODY));
            if (a.changedSinceVersion()) {
                document.add(new Paragraph(Text.t("partnership.pdf.changedSince", "version", a.version()), SMALL));
                document.add(new Paragraph(a.digest(), MONO));
            } else if (a.version() > 0) {
                document.add(new Paragraph(Text.t("partnership.pdf.version", "version", a.version()), SMALL));
                document.add(new Paragraph(a.digest(), MONO));
            } else {
                document.add(new Paragraph(Text.t("partnership.pdf.draft"), SMALL));
            }
            heading(document, Text.t("partnership.pdf.purpose"));
            document.add(new Paragraph(a.purpose(), BODY));
            heading(document, Text.t("partnership.pdf.parties"));
            for (AgreementDetails.Party p : a.parties()) {
                document.add(new Paragraph(Text.t("partnership.pdf.party", "party", p.name(), "signatory",
                        p.signatory()), BODY));
            }
            heading(document, Text.t("partnership.pdf.term"));
            document.add(new Paragraph(Text.t("partnership.pdf.dates", "starts", day(a.starts()), "ends",
                    day(a.ends()), "review", day(a.review())), BODY));
            heading(document, Text.t("partnership.pdf.clauses"));
            for (AgreementDetails.Clause c : a.clauses()) {
                document.add(new Paragraph(c.heading(), BODY_BOLD));
                document.add(new Paragraph(c.text(), BODY));
            }
            if (!a.schedules().isEmpty()) {
                heading(document, Text.t("partnership.pdf.schedules"));
                for (AgreementDetails.Clause c : a.schedules()) {
                    document.add(new Paragraph(c.heading(), BODY_BOLD));
                    document.add(new Paragraph(c.text(), BODY));
                }
            }
            if (!a.fields().isEmpty()) {
                heading(document, Text.t("partnership.pdf.records", "kind", a.kind()));
                PdfPTable table = new PdfPTable(new float[] {1, 2});
                table.setWidthPercentage(100);
                for (AgreementDetails.Field f : a.fields()) {
                    table.addCell(new Paragraph(f.label(), SMALL));
                    table.addCell(new Paragraph(f.value(), SMALL));
                }
                document.add(table);
            }
            if (!a.commitments().isEmpty()) {
                heading(document, Text.t("partnership.pdf.commitments"));
                PdfPTable table = new PdfPTable(new float[] {3, 2, 1.2f, 1.6f});
                table.setWidthPercentage(100);
                for (String h : List.of(Text.t("partnership.pdf.commitment"), Text.t("partnership.pdf.owner"),
                        Text.t("partnership.pdf.due"), Text.t("partnership.pdf.status"))) {
                    table.addCell(new Paragraph(h, SMALL_BOLD));
                }
                for (AgreementDetails.Commitment c : a.commitments()) {
                    table.addCell(new Paragraph("  ".repeat(c.depth() - 1) + c.what(), SMALL));
                    table.addCell(new Paragraph(c.organisationName() + ", " + c.lead(), SMALL));
                    table.addCell(new Paragraph(Dates.day(c.due()), SMALL));
                    table.addCell(new Paragraph(Text.t("partnership.pdf.progress", "overdue",
                            String.valueOf(c.overdue()), "status", c.status(), "progress", c.progress()), SMALL));
                }
                document.add(table);
            }
            document.newPage();
            heading(document, Text.t("partnership.pdf.signatures"));
            if (a.version() == 0) {
                document.add(new Paragraph(Text.t("partnership.pdf.nobodySigns"), BODY));
            }
            for (AgreementDetails.Party p : a.parties()) {
                Paragraph line = new Paragraph(p.name() + ": ", BODY);
                line.add(new Chunk(p.signedAt() == null ? Text.t("partnership.pdf.notSigned")
                        : Text.t("partnership.pdf.signed", "signer", p.signedBy(), "day",
                        Dates.day(p.signedAt().toLocalDate()), "version", a.version()), BODY));
                document.add(line);
            }
            if (a.version() > 0) {
                document.add(new Paragraph(Text.t("partnership.pdf.digest", "digest", a.digest()), SMALL));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The agreement could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static String day(LocalDate date) {
        return date == null ? Text.t("partnership.pdf.notSet") : Dates.day(date);
    }
}
