package tw.gov.securitymeeting.followup.report;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.style.StyleMasterPageElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextParagraph;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import tw.gov.securitymeeting.system.OdfTexts;

/**
 * The agenda table as an ODF text document (A4): the meeting's title in the page header, the table
 * in 標楷體 (word processors fall back to Noto Serif CJK TC where it is missing), and the units' own
 * reports as 附件.
 */
public final class AgendaReportOdt {

  /** The paragraph style of every cell and of the annex: the CJK font. */
  static final String CELL = "Agenda_20_Cell";
  static final String HEADING = "Agenda_20_Heading";
  static final String CJK_FONT = "標楷體";
  static final String FALLBACK_FONT = "Noto Serif CJK TC";
  private static final long[] WIDTHS = {12, 46, 24, 46, 24};
  private static final long[] WIDTHS_RULED = {10, 38, 20, 38, 20, 26};

  private AgendaReportOdt() {}

  static List<String> headers(boolean ruled) {
    List<String> headers = new ArrayList<>(List.of("編號", "決議事項（含歷次裁示）", "主辦單位（協辦單位）", "辦理情形", "幕僚單位建議"));
    if (ruled) {
      headers.add("主席裁示");
    }
    return headers;
  }

  public static byte[] write(AgendaReport.Agenda agenda) {
    try (OdfTextDocument document = OdfTextDocument.newTextDocument()) {
      document.getOfficeMetadata().setTitle(agenda.title());
      styles(document);
      header(document, agenda.meetingTitle());
      OfficeTextElement body = document.getContentRoot();
      OdfTexts.removeEmptyParagraphs(body);
      OdfFileDom dom = document.getContentDom();
      body.appendChild(new OdfTextParagraph(dom, "Title", agenda.title()));
      body.appendChild(new OdfTextParagraph(dom, "Subtitle", "會議日期：" + agenda.heldOnRoc()));
      table(document, agenda);
      body.appendChild(new OdfTextParagraph(dom, "Heading_20_1", "附件：各單位填報之辦理情形"));
      for (AgendaReport.Row row : agenda.rows()) {
        body.appendChild(new OdfTextParagraph(dom, HEADING, row.number() + "、" + row.resolution().get(0).lines().findFirst().orElse("")));
        for (String report : row.unitReports().isEmpty() ? List.of("（尚無填報）") : row.unitReports()) {
          body.appendChild(new OdfTextParagraph(dom, CELL, report));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("無法產生會議 " + agenda.meetingId() + " 的議程 ODT", e);
    }
  }

  private static void styles(OdfTextDocument document) {
    OdfOfficeStyles styles = document.getOrCreateDocumentStyles();
    for (String name : List.of(CELL, HEADING)) {
      OdfStyle style = styles.newStyle(name, OdfStyleFamily.Paragraph);
      style.setStyleDisplayNameAttribute(name.replace("_20_", " "));
      style.setStyleParentStyleNameAttribute(OdfTexts.TABLE_CONTENTS);
      style.setProperty(OdfTextProperties.FontFamilyAsian, CJK_FONT + ", " + FALLBACK_FONT);
      style.setProperty(OdfTextProperties.FontFamily, CJK_FONT + ", " + FALLBACK_FONT);
      style.setProperty(OdfTextProperties.FontSizeAsian, "12pt");
      style.setProperty(OdfTextProperties.FontSize, "12pt");
      if (name.equals(HEADING)) {
        style.setProperty(OdfTextProperties.FontWeightAsian, "bold");
        style.setProperty(OdfTextProperties.FontWeight, "bold");
      }
    }
  }

  /** The meeting (with its 次別) at the top of every page. */
  private static void header(OdfTextDocument document, String meetingTitle) throws Exception {
    StyleMasterPageElement master = document.getOfficeMasterStyles().getMasterPage("Standard");
    if (master != null) {
      master.newStyleHeaderElement().newTextPElement().setTextContent(meetingTitle);
    }
  }

  private static void table(OdfTextDocument document, AgendaReport.Agenda agenda) {
    List<String> headers = headers(agenda.ruled());
    long[] widths = agenda.ruled() ? WIDTHS_RULED : WIDTHS;
    OdfTable table = OdfTable.newTable(document, agenda.rows().size() + 1, headers.size(), 1, 0);
    table.setTableName("辦理情形報告");
    for (int column = 0; column < headers.size(); column++) {
      table.getColumnByIndex(column).setWidth(widths[column]);
      OdfTexts.fill(table.getCellByPosition(column, 0), List.of(headers.get(column)), HEADING);
    }
    for (int i = 0; i < agenda.rows().size(); i++) {
      AgendaReport.Row row = agenda.rows().get(i);
      int at = i + 1;
      OdfTexts.fill(table.getCellByPosition(0, at), List.of(row.number()), CELL);
      OdfTexts.fill(table.getCellByPosition(1, at), row.resolution(), CELL);
      OdfTexts.fill(table.getCellByPosition(2, at), List.of(row.units()), CELL);
      OdfTexts.fill(table.getCellByPosition(3, at), List.of(row.progress()), CELL);
      OdfTexts.fill(table.getCellByPosition(4, at), List.of(row.recommendation()), CELL);
      if (agenda.ruled()) {
        OdfTexts.fill(table.getCellByPosition(5, at), List.of(row.ruling()), CELL);
      }
    }
  }
}
