package tw.gov.securitymeeting.publication.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextParagraph;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.odftoolkit.odfdom.pkg.OdfElement;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.w3c.dom.Element;

/**
 * Builds small test documents in memory (ODF via odfdom, OOXML via Apache POI, PDF via PDFBox),
 * so that the tests carry no binary fixtures.
 */
final class TestDocuments {

  static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  static final String DC_NS = "http://purl.org/dc/elements/1.1/";

  private TestDocuments() {
  }

  /** Optional extras of a word-processing test document; {@code null} leaves the feature out. */
  record WordExtras(String author, String lastModifiedBy, String commentAuthor, String commentText,
      String insertedText, String deletedText, String hiddenText) {

    static WordExtras none() {
      return new WordExtras(null, null, null, null, null, null, null);
    }
  }

  /** One sheet of a spreadsheet test document; row and column indexes are zero-based. */
  record SheetSpec(String name, List<List<String>> rows, boolean hidden, Set<Integer> hiddenRows,
      Set<Integer> hiddenColumns) {

    static SheetSpec visible(String name, List<List<String>> rows) {
      return new SheetSpec(name, rows, false, Set.of(), Set.of());
    }
  }

  // ------------------------------------------------------------------ ODF

  static byte[] odt(List<String> paragraphs, WordExtras extras) throws Exception {
    try (OdfTextDocument doc = OdfTextDocument.newTextDocument()) {
      setOdfAuthors(doc, extras.author(), extras.lastModifiedBy());
      OdfContentDom content = doc.getContentDom();
      Element body = doc.getContentRoot();
      for (String text : paragraphs) {
        doc.newParagraph(text);
      }
      if (extras.commentText() != null) {
        OdfTextParagraph p = doc.newParagraph("本段落附有註解。");
        Element annotation = content.createElementNS(OFFICE_NS, "office:annotation");
        Element creator = content.createElementNS(DC_NS, "dc:creator");
        creator.setTextContent(extras.commentAuthor());
        annotation.appendChild(creator);
        Element annotationText = content.createElementNS(TEXT_NS, "text:p");
        annotationText.setTextContent(extras.commentText());
        annotation.appendChild(annotationText);
        p.appendChild(annotation);
      }
      if (extras.insertedText() != null || extras.deletedText() != null) {
        Element tracked = content.createElementNS(TEXT_NS, "text:tracked-changes");
        body.insertBefore(tracked, body.getFirstChild());
        OdfTextParagraph p = doc.newParagraph("修訂段落：");
        if (extras.insertedText() != null) {
          tracked.appendChild(changedRegion(content, "ct1", "text:insertion", null));
          Element start = content.createElementNS(TEXT_NS, "text:change-start");
          start.setAttributeNS(TEXT_NS, "text:change-id", "ct1");
          p.appendChild(start);
          p.appendChild(content.createTextNode(extras.insertedText()));
          Element end = content.createElementNS(TEXT_NS, "text:change-end");
          end.setAttributeNS(TEXT_NS, "text:change-id", "ct1");
          p.appendChild(end);
        }
        if (extras.deletedText() != null) {
          tracked.appendChild(changedRegion(content, "ct2", "text:deletion", extras.deletedText()));
          Element change = content.createElementNS(TEXT_NS, "text:change");
          change.setAttributeNS(TEXT_NS, "text:change-id", "ct2");
          p.appendChild(change);
        }
      }
      if (extras.hiddenText() != null) {
        Element style = content.createElementNS(STYLE_NS, "style:style");
        style.setAttributeNS(STYLE_NS, "style:name", "HiddenChars");
        style.setAttributeNS(STYLE_NS, "style:family", "text");
        Element props = content.createElementNS(STYLE_NS, "style:text-properties");
        props.setAttributeNS(TEXT_NS, "text:display", "none");
        style.appendChild(props);
        content.getOrCreateAutomaticStyles().appendChild(style);
        OdfTextParagraph p = doc.newParagraph("可見文字");
        Element span = content.createElementNS(TEXT_NS, "text:span");
        span.setAttributeNS(TEXT_NS, "text:style-name", "HiddenChars");
        span.setTextContent(extras.hiddenText());
        p.appendChild(span);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static Element changedRegion(OdfFileDom content, String id, String type, String deletedText) {
    Element region = content.createElementNS(TEXT_NS, "text:changed-region");
    region.setAttributeNS(TEXT_NS, "text:id", id);
    Element change = content.createElementNS(TEXT_NS, type);
    Element info = content.createElementNS(OFFICE_NS, "office:change-info");
    Element creator = content.createElementNS(DC_NS, "dc:creator");
    creator.setTextContent("修訂者");
    info.appendChild(creator);
    Element date = content.createElementNS(DC_NS, "dc:date");
    date.setTextContent("2025-03-02T10:00:00");
    info.appendChild(date);
    change.appendChild(info);
    if (deletedText != null) {
      Element p = content.createElementNS(TEXT_NS, "text:p");
      p.setTextContent(deletedText);
      change.appendChild(p);
    }
    region.appendChild(change);
    return region;
  }

  static byte[] ods(List<SheetSpec> sheets, String author) throws Exception {
    return ods(sheets, author, null, null);
  }

  /** An ODS workbook; a non-null {@code commentText} becomes an annotation on cell B2 of the first sheet. */
  static byte[] ods(List<SheetSpec> sheets, String author, String commentAuthor, String commentText)
      throws Exception {
    try (OdfSpreadsheetDocument doc = OdfSpreadsheetDocument.newSpreadsheetDocument()) {
      setOdfAuthors(doc, author, author);
      OdfContentDom content = doc.getContentDom();
      OdfElement root = doc.getContentRoot();
      // the template comes with one empty sheet; replace it with ours
      for (OdfTable existing : doc.getTableList()) {
        existing.remove();
      }
      boolean hiddenStyleAdded = false;
      for (SheetSpec sheet : sheets) {
        int columns = sheet.rows().stream().mapToInt(List::size).max().orElse(1);
        OdfTable table = OdfTable.newTable(root, sheet.rows().size(), columns, 0, 0);
        table.setTableName(sheet.name());
        singleColumnElements(content, table, columns);
        for (int r = 0; r < sheet.rows().size(); r++) {
          List<String> row = sheet.rows().get(r);
          for (int c = 0; c < row.size(); c++) {
            if (row.get(c) != null) {
              table.getCellByPosition(c, r).setStringValue(row.get(c));
            }
          }
        }
        for (int r : sheet.hiddenRows()) {
          TableTableRowElement rowElement = table.getRowByIndex(r).getOdfElement();
          rowElement.setAttributeNS(TABLE_NS, "table:visibility", "collapse");
        }
        org.w3c.dom.NodeList columnElements =
            table.getOdfElement().getElementsByTagNameNS(TABLE_NS, "table-column");
        for (int c : sheet.hiddenColumns()) {
          ((Element) columnElements.item(c)).setAttributeNS(TABLE_NS, "table:visibility", "collapse");
        }
        if (commentText != null && sheet == sheets.get(0)) {
          Element cell = table.getCellByPosition(1, 1).getOdfElement();
          Element annotation = content.createElementNS(OFFICE_NS, "office:annotation");
          Element creator = content.createElementNS(DC_NS, "dc:creator");
          creator.setTextContent(commentAuthor);
          annotation.appendChild(creator);
          Element annotationText = content.createElementNS(TEXT_NS, "text:p");
          annotationText.setTextContent(commentText);
          annotation.appendChild(annotationText);
          cell.insertBefore(annotation, cell.getFirstChild());
        }
        if (sheet.hidden()) {
          if (!hiddenStyleAdded) {
            Element style = content.createElementNS(STYLE_NS, "style:style");
            style.setAttributeNS(STYLE_NS, "style:name", "taHidden");
            style.setAttributeNS(STYLE_NS, "style:family", "table");
            Element props = content.createElementNS(STYLE_NS, "style:table-properties");
            props.setAttributeNS(TABLE_NS, "table:display", "false");
            style.appendChild(props);
            content.getOrCreateAutomaticStyles().appendChild(style);
            hiddenStyleAdded = true;
          }
          table.getOdfElement().setAttributeNS(TABLE_NS, "table:style-name", "taHidden");
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** odfdom's template carries its own author names; replace them (null removes them). */
  private static void setOdfAuthors(org.odftoolkit.odfdom.doc.OdfDocument doc, String initialCreator,
      String creator) throws Exception {
    org.w3c.dom.Document meta = doc.getMetaDom();
    for (String[] tag : new String[][] {{"urn:oasis:names:tc:opendocument:xmlns:meta:1.0", "initial-creator"},
        {DC_NS, "creator"}}) {
      org.w3c.dom.NodeList nodes = meta.getElementsByTagNameNS(tag[0], tag[1]);
      for (int i = nodes.getLength() - 1; i >= 0; i--) {
        nodes.item(i).getParentNode().removeChild(nodes.item(i));
      }
    }
    if (initialCreator != null) {
      doc.getOfficeMetadata().setInitialCreator(initialCreator);
    }
    if (creator != null) {
      doc.getOfficeMetadata().setCreator(creator);
    }
  }

  /** Replaces odfdom's repeated column element by one element per column, so single columns can be hidden. */
  private static void singleColumnElements(OdfContentDom content, OdfTable table, int columns) {
    Element tableElement = table.getOdfElement();
    org.w3c.dom.NodeList existing = tableElement.getElementsByTagNameNS(TABLE_NS, "table-column");
    org.w3c.dom.Node anchor = existing.getLength() > 0 ? existing.item(0) : null;
    org.w3c.dom.Node parent = anchor != null ? anchor.getParentNode() : tableElement;
    org.w3c.dom.Node before = anchor;
    for (int c = 0; c < columns; c++) {
      Element column = content.createElementNS(TABLE_NS, "table:table-column");
      parent.insertBefore(column, before);
    }
    for (int i = existing.getLength() - 1; i >= 0; i--) {
      org.w3c.dom.Node old = existing.item(i);
      if (((Element) old).hasAttributeNS(TABLE_NS, "number-columns-repeated") || i >= columns) {
        old.getParentNode().removeChild(old);
      }
    }
  }

  // ------------------------------------------------------------------ OOXML

  static byte[] docx(List<String> paragraphs, WordExtras extras) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setCreator(extras.author());
      core.setLastModifiedByUser(extras.lastModifiedBy());
      for (String text : paragraphs) {
        doc.createParagraph().createRun().setText(text);
      }
      if (extras.commentText() != null) {
        XWPFComments comments = doc.createComments();
        XWPFComment comment = comments.createComment(BigInteger.ONE);
        comment.setAuthor(extras.commentAuthor());
        comment.createParagraph().createRun().setText(extras.commentText());
        XWPFParagraph p = doc.createParagraph();
        CTP ctp = p.getCTP();
        CTMarkupRange start = ctp.addNewCommentRangeStart();
        start.setId(BigInteger.ONE);
        ctp.addNewR().addNewT().setStringValue("本段落附有註解。");
        CTMarkupRange end = ctp.addNewCommentRangeEnd();
        end.setId(BigInteger.ONE);
        ctp.addNewR().addNewCommentReference().setId(BigInteger.ONE);
      }
      if (extras.insertedText() != null || extras.deletedText() != null) {
        XWPFParagraph p = doc.createParagraph();
        CTP ctp = p.getCTP();
        ctp.addNewR().addNewT().setStringValue("修訂段落：");
        if (extras.insertedText() != null) {
          CTRunTrackChange ins = ctp.addNewIns();
          ins.setId(BigInteger.valueOf(11));
          ins.setAuthor("修訂者");
          ins.setDate(Calendar.getInstance());
          ins.addNewR().addNewT().setStringValue(extras.insertedText());
        }
        if (extras.deletedText() != null) {
          CTRunTrackChange del = ctp.addNewDel();
          del.setId(BigInteger.valueOf(12));
          del.setAuthor("修訂者");
          del.setDate(Calendar.getInstance());
          CTR run = del.addNewR();
          run.addNewDelText().setStringValue(extras.deletedText());
        }
      }
      if (extras.hiddenText() != null) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(extras.hiddenText());
        run.setVanish(true);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  /**
   * An XLSX workbook. {@code commentCell} (e.g. "B2" on the first sheet) gets a cell comment when
   * {@code commentText} is not null.
   */
  static byte[] xlsx(List<SheetSpec> sheets, String author, String commentAuthor, String commentText)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
      core.setCreator(author);
      for (int s = 0; s < sheets.size(); s++) {
        SheetSpec spec = sheets.get(s);
        XSSFSheet sheet = wb.createSheet(spec.name());
        for (int r = 0; r < spec.rows().size(); r++) {
          Row row = sheet.createRow(r);
          List<String> values = spec.rows().get(r);
          for (int c = 0; c < values.size(); c++) {
            if (values.get(c) != null) {
              row.createCell(c).setCellValue(values.get(c));
            }
          }
          if (spec.hiddenRows().contains(r)) {
            row.setZeroHeight(true);
          }
        }
        for (int c : spec.hiddenColumns()) {
          sheet.setColumnHidden(c, true);
        }
        if (spec.hidden()) {
          wb.setSheetVisibility(s, SheetVisibility.HIDDEN);
        }
        if (s == 0 && commentText != null) {
          Drawing<?> drawing = sheet.createDrawingPatriarch();
          ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
          anchor.setRow1(1);
          anchor.setCol1(1);
          anchor.setRow2(4);
          anchor.setCol2(4);
          Comment comment = drawing.createCellComment(anchor);
          comment.setAuthor(commentAuthor);
          comment.setString(wb.getCreationHelper().createRichTextString(commentText));
          Row row = sheet.getRow(1) != null ? sheet.getRow(1) : sheet.createRow(1);
          (row.getCell(1) != null ? row.getCell(1) : row.createCell(1)).setCellComment(comment);
        }
      }
      if (sheets.stream().allMatch(SheetSpec::hidden)) {
        throw new IllegalArgumentException("a workbook needs a visible sheet");
      }
      for (int s = 0; s < sheets.size(); s++) {
        if (!sheets.get(s).hidden()) {
          wb.setActiveSheet(s);
          wb.setFirstVisibleTab(s);
          break;
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  // ------------------------------------------------------------------ PDF

  /** A PDF with one page per entry of {@code pages} (ASCII text only: no CJK font is embedded). */
  static byte[] pdf(List<List<String>> pages, String author, String annotationText) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      writePages(doc, pages);
      if (author != null) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setAuthor(author);
      }
      if (annotationText != null) {
        PDAnnotationText note = new PDAnnotationText();
        note.setContents(annotationText);
        note.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 100, 20, 20));
        doc.getPage(0).getAnnotations().add(note);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A PDF that needs a user password to be opened. */
  static byte[] encryptedPdf(List<String> lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      writePages(doc, List.of(lines));
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void writePages(PDDocument doc, List<List<String>> pages) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    for (List<String> lines : pages) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 11);
        cs.setLeading(16);
        cs.newLineAtOffset(50, 720);
        for (String line : lines) {
          cs.showText(line);
          cs.newLine();
        }
        cs.endText();
      }
    }
  }

  // ------------------------------------------------------------------ misc

  /** A plain ZIP archive with one text entry. */
  static byte[] zip(String entryName, String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entryName));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
