package tw.gov.securitymeeting.overview;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.doc.table.OdfTableCell;
import org.odftoolkit.odfdom.doc.table.OdfTableRow;
import tw.gov.securitymeeting.system.OdfTexts;

/** 列管統計 as a spreadsheet (ODS, one sheet per unit and per meeting) and as CSV (UTF-8 with BOM for Excel). */
final class StatisticsExports {

  static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
  static final List<String> HEADINGS = List.of("交辦件數", "解除列管件數", "按時辦結率", "按時填報次數", "應填報次數", "平均辦結工作天",
      "平均列管次數", "目前逾期件數");

  private StatisticsExports() {}

  static byte[] ods(Statistics.Report report) {
    try (OdfSpreadsheetDocument document = OdfSpreadsheetDocument.newSpreadsheetDocument()) {
      OdfTable units = document.getTableList().get(0);
      units.setTableName("各單位");
      sheet(units, report, "單位", report.units());
      OdfTable meetings = OdfTable.newTable(document);
      meetings.setTableName("各次會議");
      sheet(meetings, report, "會議", report.meetings());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (Exception failed) {
      throw new IllegalStateException("列管統計試算表產生失敗", failed);
    }
  }

  /** Cells by row (one walk to the row, then its cells): odfdom's getCellByPosition walks the table for every cell. */
  private static void sheet(OdfTable table, Statistics.Report report, String first, List<Statistics.Line> lines) {
    text(table.getRowByIndex(0).getCellByIndex(0), "列管統計（" + report.period().text() + "）");
    OdfTableRow headings = table.getRowByIndex(1);
    text(headings.getCellByIndex(0), first);
    for (int c = 0; c < HEADINGS.size(); c++) {
      text(headings.getCellByIndex(c + 1), HEADINGS.get(c));
    }
    for (int r = 0; r < lines.size(); r++) {
      Statistics.Line line = lines.get(r);
      OdfTableRow row = table.getRowByIndex(r + 2);
      text(row.getCellByIndex(0), line.name());
      number(row.getCellByIndex(1), line.assigned());
      number(row.getCellByIndex(2), line.closed());
      if (line.onTimeRate() != null) {
        row.getCellByIndex(3).setPercentageValue(line.onTimeRate());
      }
      number(row.getCellByIndex(4), line.onTime());
      number(row.getCellByIndex(5), line.roundsDue());
      if (line.averageWorkingDays() != null) {
        row.getCellByIndex(6).setDoubleValue(Math.round(line.averageWorkingDays() * 10) / 10.0);
      }
      if (line.averageRounds() != null) {
        row.getCellByIndex(7).setDoubleValue(Math.round(line.averageRounds() * 100) / 100.0);
      }
      number(row.getCellByIndex(8), line.overdueNow());
    }
  }

  private static void text(OdfTableCell cell, String value) {
    cell.setStringValue(OdfTexts.clean(value));
  }

  private static void number(OdfTableCell cell, long value) {
    cell.setDoubleValue((double) value);
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
