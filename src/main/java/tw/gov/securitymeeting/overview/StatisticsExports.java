package tw.gov.securitymeeting.overview;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.odftoolkit.odfdom.dom.element.table.TableTableCellElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableColumnElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import tw.gov.securitymeeting.system.OdfTexts;

/** 列管統計 as a spreadsheet (ODS, one sheet per unit and per meeting) and as CSV (UTF-8 with BOM for Excel). */
final class StatisticsExports {

  static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
  static final List<String> HEADINGS = List.of("交辦件數", "解除列管件數", "按時辦結率", "按時填報次數", "應填報次數", "平均辦結工作天",
      "平均列管次數", "目前逾期件數");

  private StatisticsExports() {}

  static byte[] ods(Statistics.Report report) {
    try (OdfSpreadsheetDocument document = OdfSpreadsheetDocument.newSpreadsheetDocument()) {
      for (OdfTable template : document.getTableList()) {
        template.remove();
      }
      sheet(document, "各單位", report, "單位", report.units());
      sheet(document, "各次會議", report, "會議", report.meetings());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (Exception failed) {
      throw new IllegalStateException("列管統計試算表產生失敗", failed);
    }
  }

  /**
   * One sheet written as table elements of the document's content (odfdom's cell API looks every cell up again and
   * restyles it: 3–4 times slower at 100 rows), with the template's table, column and row styles.
   */
  private static void sheet(OdfSpreadsheetDocument document, String name, Statistics.Report report, String first,
      List<Statistics.Line> lines) throws Exception {
    OdfContentDom dom = document.getContentDom();
    TableTableElement table = document.getContentRoot().newTableTableElement();
    table.setTableNameAttribute(name);
    table.setTableStyleNameAttribute("ta1");
    TableTableColumnElement columns = table.newTableTableColumnElement();
    columns.setTableStyleNameAttribute("co1");
    columns.setTableDefaultCellStyleNameAttribute("Default");
    columns.setTableNumberColumnsRepeatedAttribute(HEADINGS.size() + 1);
    text(row(table), dom, "列管統計（" + report.period().text() + "）");
    TableTableRowElement headings = row(table);
    text(headings, dom, first);
    HEADINGS.forEach(heading -> text(headings, dom, heading));
    for (Statistics.Line line : lines) {
      TableTableRowElement row = row(table);
      text(row, dom, line.name());
      number(row, dom, line.assigned());
      number(row, dom, line.closed());
      TableTableCellElement rate = cell(row, dom);
      if (line.onTimeRate() != null) {
        rate.setOfficeValueTypeAttribute("percentage");
        rate.setOfficeValueAttribute(line.onTimeRate());
      }
      number(row, dom, line.onTime());
      number(row, dom, line.roundsDue());
      optional(row, dom, line.averageWorkingDays() == null ? null : Math.round(line.averageWorkingDays() * 10) / 10.0);
      optional(row, dom, line.averageRounds() == null ? null : Math.round(line.averageRounds() * 100) / 100.0);
      number(row, dom, line.overdueNow());
    }
  }

  private static TableTableRowElement row(TableTableElement table) {
    TableTableRowElement row = table.newTableTableRowElement();
    row.setTableStyleNameAttribute("ro1");
    return row;
  }

  private static TableTableCellElement cell(TableTableRowElement row, OdfContentDom dom) {
    TableTableCellElement cell = new TableTableCellElement(dom);
    row.appendChild(cell);
    return cell;
  }

  private static void text(TableTableRowElement row, OdfContentDom dom, String value) {
    String text = OdfTexts.clean(value);
    TableTableCellElement cell = cell(row, dom);
    cell.setOfficeValueTypeAttribute("string");
    cell.setOfficeStringValueAttribute(text);
    cell.newTextPElement().setTextContent(text);
  }

  private static void number(TableTableRowElement row, OdfContentDom dom, long value) {
    optional(row, dom, (double) value);
  }

  private static void optional(TableTableRowElement row, OdfContentDom dom, Double value) {
    TableTableCellElement cell = cell(row, dom);
    if (value != null) {
      cell.setOfficeValueTypeAttribute("float");
      cell.setOfficeValueAttribute(value);
      cell.newTextPElement().setTextContent(String.valueOf(value));
    }
  }

  static byte[] csv(Statistics.Report report) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    row(csv, List.of("列管統計", report.period().text()));
    section(csv, "單位", report.units());
    csv.append("\r\n");
    section(csv, "會議", report.meetings());
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void section(StringBuilder csv, String first, List<Statistics.Line> lines) {
    row(csv, java.util.stream.Stream.concat(java.util.stream.Stream.of(first), HEADINGS.stream()).toList());
    for (Statistics.Line line : lines) {
      row(csv, List.of(line.name(), String.valueOf(line.assigned()), String.valueOf(line.closed()), line.onTimeText(),
          String.valueOf(line.onTime()), String.valueOf(line.roundsDue()), line.averageDaysText(), line.averageRoundsText(),
          String.valueOf(line.overdueNow())));
    }
  }

  private static void row(StringBuilder csv, List<String> values) {
    csv.append(String.join(",", values.stream().map(StatisticsExports::field).toList())).append("\r\n");
  }

  /** Quoted, and a text that a spreadsheet would run as a formula (=, +, -, @) starts with an apostrophe. */
  static String field(String value) {
    String text = OdfTexts.clean(value);
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
