package tw.gov.securitymeeting.followup.report;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.doc.table.OdfTableCell;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextParagraph;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import org.w3c.dom.Node;

/** The report as an ODF text document (A4 portrait): title, meeting date, and the table with a repeated header row. */
public final class FollowUpReportOdt {

  public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
  static final List<String> HEADERS = List.of("決議事項", "主辦單位", "辦理情形", "主席裁示");
  /**
   * Column widths in millimetres, summing to the new table's 6 inches: the table keeps its
   * "align to margins", so word processors stretch it to the page in these proportions.
   */
  private static final long[] WIDTHS = {49, 23, 54, 26};
  private static final String HEADING_STYLE = "Table_20_Heading";
  private static final String CONTENTS_STYLE = "Table_20_Contents";

  private FollowUpReportOdt() {}

  public static byte[] write(FollowUpReport.Report report) {
    try (OdfTextDocument document = OdfTextDocument.newTextDocument()) {
      document.getOfficeMetadata().setTitle(report.title());
      OfficeTextElement body = document.getContentRoot();
      removeEmptyParagraphs(body);
      OdfFileDom dom = document.getContentDom();
      body.appendChild(new OdfTextParagraph(dom, "Title", report.title()));
      body.appendChild(new OdfTextParagraph(dom, "Subtitle", "會議日期：" + report.heldOnRoc()));
      table(document, report.rows());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("無法產生會議 " + report.meetingId() + " 的 ODT 報告", e);
    }
  }

  private static void table(OdfTextDocument document, List<FollowUpReport.Row> rows) {
    OdfTable table = OdfTable.newTable(document, rows.size() + 1, HEADERS.size(), 1, 0);
    table.setTableName("辦理情形報告");
    for (int column = 0; column < HEADERS.size(); column++) {
      table.getColumnByIndex(column).setWidth(WIDTHS[column]);
      fill(table.getCellByPosition(column, 0), List.of(HEADERS.get(column)), HEADING_STYLE);
    }
    for (int i = 0; i < rows.size(); i++) {
      FollowUpReport.Row row = rows.get(i);
      int at = i + 1;
      fill(table.getCellByPosition(0, at), List.of(row.resolution()), CONTENTS_STYLE);
      fill(table.getCellByPosition(1, at), List.of(row.units()), CONTENTS_STYLE);
      fill(table.getCellByPosition(2, at), row.progress(), CONTENTS_STYLE);
      fill(table.getCellByPosition(3, at), List.of(row.ruling()), CONTENTS_STYLE);
    }
  }

  /** One paragraph per text; line breaks inside a text stay line breaks. */
  private static void fill(OdfTableCell cell, List<String> paragraphs, String style) {
    cell.setValueType("string");
    cell.setDisplayText(paragraphs.isEmpty() ? "" : paragraphs.get(0), style);
    OdfFileDom dom = (OdfFileDom) cell.getOdfElement().getOwnerDocument();
    for (String text : paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size())) {
      OdfTextParagraph paragraph = new OdfTextParagraph(dom, style);
      new OdfWhitespaceProcessor().append(paragraph, text);
      cell.getOdfElement().appendChild(paragraph);
    }
  }

  /** The blank template starts with an empty paragraph that would print as a blank line above the title. */
  private static void removeEmptyParagraphs(OfficeTextElement body) {
    Node child = body.getFirstChild();
    while (child != null) {
      Node next = child.getNextSibling();
      if (child instanceof TextPElement && !child.hasChildNodes()) {
        body.removeChild(child);
      }
      child = next;
    }
  }
}
