package tw.gov.securitymeeting.followup.report;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextParagraph;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import tw.gov.securitymeeting.system.OdfTexts;

/** The report as an ODF text document (A4 portrait): title, meeting date, and the table with a repeated header row. */
public final class FollowUpReportOdt {

  public static final String MEDIA_TYPE = OdfTexts.MEDIA_TYPE;
  static final List<String> HEADERS = List.of("決議事項", "主辦單位", "辦理情形", "主席裁示");
  /**
   * Column widths in millimetres, summing to the new table's 6 inches: the table keeps its
   * "align to margins", so word processors stretch it to the page in these proportions.
   */
  private static final long[] WIDTHS = {49, 23, 54, 26};

  private FollowUpReportOdt() {}

  public static byte[] write(FollowUpReport.Report report) {
    try (OdfTextDocument document = OdfTextDocument.newTextDocument()) {
      document.getOfficeMetadata().setTitle(report.title());
      OfficeTextElement body = document.getContentRoot();
      OdfTexts.removeEmptyParagraphs(body);
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
      OdfTexts.fill(table.getCellByPosition(column, 0), List.of(HEADERS.get(column)), OdfTexts.TABLE_HEADING);
    }
    for (int i = 0; i < rows.size(); i++) {
      FollowUpReport.Row row = rows.get(i);
      int at = i + 1;
      OdfTexts.fill(table.getCellByPosition(0, at), List.of(row.resolution()), OdfTexts.TABLE_CONTENTS);
      OdfTexts.fill(table.getCellByPosition(1, at), List.of(row.units()), OdfTexts.TABLE_CONTENTS);
      OdfTexts.fill(table.getCellByPosition(2, at), row.progress(), OdfTexts.TABLE_CONTENTS);
      OdfTexts.fill(table.getCellByPosition(3, at), List.of(row.ruling()), OdfTexts.TABLE_CONTENTS);
    }
  }

}
