package tw.gov.securitymeeting.specialperiod;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextHeading;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextParagraph;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import tw.gov.securitymeeting.system.OdfTexts;
import tw.gov.securitymeeting.system.RocDates;

/**
 * 「專案安全維護工作成果報告」 as an ODF text document: every measure with each 業管單位's 執行情形, the duty
 * log (every day, recorded or not), the situation reports with their handling, the summary and the chair's 核閱.
 */
final class ResultReportOdt {

  static final List<String> MEASURE_HEADERS = List.of("項次", "類別", "重點措施", "業管單位", "執行情形");
  static final List<String> DUTY_HEADERS = List.of("日期", "巡查區域", "異常狀況", "值勤人員", "登錄情形");
  static final List<String> SITUATION_HEADERS = List.of("發生時間", "類別", "地點", "狀況內容", "處理經過");

  private ResultReportOdt() {}

  static byte[] write(SpecialPeriodViews.Plan plan) {
    try (OdfTextDocument document = OdfTextDocument.newTextDocument()) {
      String title = plan.title() + "成果報告";
      document.getOfficeMetadata().setTitle(title);
      OfficeTextElement body = document.getContentRoot();
      OdfTexts.removeEmptyParagraphs(body);
      OdfFileDom dom = document.getContentDom();
      body.appendChild(new OdfTextParagraph(dom, "Title", title));
      body.appendChild(new OdfTextParagraph(dom, "Subtitle", "工作期程：" + plan.period()));
      heading(body, dom, "壹、任務");
      paragraph(body, dom, plan.mission());
      heading(body, dom, "貳、重點措施及執行情形");
      measures(document, plan.measures());
      heading(body, dom, "叁、值勤巡查紀錄");
      SpecialPeriodViews.DutyLog log = plan.dutyLog();
      paragraph(body, dom, "工作期程共 " + log.days() + " 日（含例假日），已登錄 " + log.recorded() + " 日，逾時未登錄經陳報 "
          + log.missed() + " 日，有異常狀況 " + log.withAnomalies() + " 日。");
      duty(document, log.entries());
      heading(body, dom, "肆、狀況通報");
      paragraph(body, dom, plan.situations().isEmpty() ? "工作期程內無狀況通報。" : "工作期程內狀況通報共 " + plan.situations().size() + " 件。");
      situations(document, plan.situations());
      heading(body, dom, "伍、成果摘要與檢討");
      paragraph(body, dom, plan.summary() == null ? "（尚未彙整）" : plan.summary());
      heading(body, dom, "陸、首長核閱");
      paragraph(body, dom, plan.reviewedAt() == null ? "（尚未核閱）"
          : plan.reviewComment() + "（" + RocDates.format(plan.reviewedAt()) + "）");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("無法產生專案安全維護計畫 " + plan.id() + " 的成果報告", e);
    }
  }

  private static void measures(OdfTextDocument document, List<SpecialPeriodViews.Measure> measures) {
    OdfTable table = table(document, "重點措施及執行情形", measures.size(), MEASURE_HEADERS);
    for (int i = 0; i < measures.size(); i++) {
      SpecialPeriodViews.Measure m = measures.get(i);
      List<String> results = new ArrayList<>();
      for (SpecialPeriodViews.Unit unit : m.units()) {
        String result = m.results().stream().filter(r -> r.unit().equals(unit.id())).map(SpecialPeriodViews.Result::result)
            .findFirst().orElse("（未填報）");
        results.add(unit.name() + "：" + result);
      }
      row(table, i + 1, List.of(String.valueOf(m.seq())), List.of(m.areaLabel()), List.of(m.text()),
          List.of(String.join("、", m.units().stream().map(SpecialPeriodViews.Unit::name).toList())), results);
    }
  }

  private static void duty(OdfTextDocument document, List<SpecialPeriodViews.DutyDay> days) {
    OdfTable table = table(document, "值勤巡查紀錄", days.size(), DUTY_HEADERS);
    for (int i = 0; i < days.size(); i++) {
      SpecialPeriodViews.DutyDay d = days.get(i);
      String state = d.recorded() ? (d.escalated() ? "逾時補登（已陳報）" : "已登錄") : (d.escalated() ? "未登錄（已陳報主管）" : "未登錄");
      row(table, i + 1, List.of(d.dateText()), List.of(text(d.checkedAreas())), List.of(text(d.anomalies())),
          List.of(text(d.onDuty())), List.of(state));
    }
  }

  private static void situations(OdfTextDocument document, List<SpecialPeriodViews.Situation> situations) {
    OdfTable table = table(document, "狀況通報", situations.size(), SITUATION_HEADERS);
    for (int i = 0; i < situations.size(); i++) {
      SpecialPeriodViews.Situation s = situations.get(i);
      List<String> timeline = s.timeline().stream()
          .map(e -> e.atText() + " " + e.what() + (e.note() == null ? "" : "：" + e.note())).toList();
      row(table, i + 1, List.of(s.occurredAtText()), List.of(s.kindLabel() + (s.ownAgency() ? "（本機關）" : "（其他機關）")),
          List.of(s.place()), List.of(s.description()), timeline);
    }
  }

  private static OdfTable table(OdfTextDocument document, String name, int rows, List<String> headers) {
    OdfTable table = OdfTable.newTable(document, rows + 1, headers.size(), 1, 0);
    table.setTableName(name);
    for (int column = 0; column < headers.size(); column++) {
      OdfTexts.fill(table.getCellByPosition(column, 0), List.of(headers.get(column)), OdfTexts.TABLE_HEADING);
    }
    return table;
  }

  @SafeVarargs
  private static void row(OdfTable table, int at, List<String>... cells) {
    for (int column = 0; column < cells.length; column++) {
      OdfTexts.fill(table.getCellByPosition(column, at), cells[column], OdfTexts.TABLE_CONTENTS);
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static void heading(OfficeTextElement body, OdfFileDom dom, String text) {
    body.appendChild(new OdfTextHeading(dom, "Heading_20_2", text));
  }

  private static void paragraph(OfficeTextElement body, OdfFileDom dom, String text) {
    OdfTextParagraph paragraph = new OdfTextParagraph(dom, "Text_20_body");
    new OdfWhitespaceProcessor().append(paragraph, text);
    body.appendChild(paragraph);
  }
}
