package tw.gov.securitymeeting.evidence;

import java.io.ByteArrayOutputStream;
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

/** 「資安事件調查、處理及改善報告」 as an ODF text document: the seven parts, the evidence and the chain of custody. */
final class IncidentReportOdt {

  static final String MEDIA_TYPE = OdfTexts.MEDIA_TYPE;
  static final List<String> EVIDENCE_HEADERS = List.of("證物編號", "描述", "來源設備", "取得方式", "SHA-256", "取得人", "取得時間");
  static final List<String> CUSTODY_HEADERS = List.of("證物編號", "序號", "移交時間", "移交人", "接收人", "事由", "地點");

  private IncidentReportOdt() {}

  static byte[] write(IncidentViews.Incident incident) {
    try (OdfTextDocument document = OdfTextDocument.newTextDocument()) {
      String title = "資安事件調查、處理及改善報告";
      document.getOfficeMetadata().setTitle(title + "（事件 " + incident.id() + "）");
      OfficeTextElement body = document.getContentRoot();
      OdfTexts.removeEmptyParagraphs(body);
      OdfFileDom dom = document.getContentDom();
      body.appendChild(new OdfTextParagraph(dom, "Title", title));
      body.appendChild(new OdfTextParagraph(dom, "Subtitle",
          "事件編號 " + incident.id() + "　第 " + incident.level() + " 級　" + incident.unitName()));
      paragraph(body, dom, "事件經過：" + incident.description());
      paragraph(body, dom, "受影響系統：" + incident.systems());
      paragraph(body, dom, "發生時間：" + RocDates.dateTime(incident.occurredAt()) + "　知悉時間：" + RocDates.dateTime(incident.awareAt()));
      paragraph(body, dom, "工作小組成員：" + String.join("、", incident.members().stream().map(IncidentViews.Person::name).toList()));
      for (IncidentViews.Part part : incident.report()) {
        body.appendChild(new OdfTextHeading(dom, "Heading_20_2", part.title()));
        paragraph(body, dom, part.text() == null ? "（尚未填寫）" : part.text());
      }
      body.appendChild(new OdfTextHeading(dom, "Heading_20_2", "附表一、數位證據清單"));
      evidenceTable(document, incident.evidence());
      body.appendChild(new OdfTextHeading(dom, "Heading_20_2", "附表二、證物監管鏈"));
      custodyTable(document, incident.evidence());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("無法產生資安事件 " + incident.id() + " 的 ODT 報告", e);
    }
  }

  private static void evidenceTable(OdfTextDocument document, List<IncidentViews.Item> items) {
    OdfTable table = OdfTable.newTable(document, items.size() + 1, EVIDENCE_HEADERS.size(), 1, 0);
    table.setTableName("數位證據清單");
    header(table, EVIDENCE_HEADERS);
    for (int i = 0; i < items.size(); i++) {
      IncidentViews.Item item = items.get(i);
      row(table, i + 1, String.valueOf(item.id()), item.description(), item.sourceDevice(), item.method(), item.sha256(),
          item.acquiredBy(), RocDates.dateTime(item.acquiredAt()));
    }
  }

  private static void custodyTable(OdfTextDocument document, List<IncidentViews.Item> items) {
    int rows = items.stream().mapToInt(i -> i.custody().size()).sum();
    OdfTable table = OdfTable.newTable(document, rows + 1, CUSTODY_HEADERS.size(), 1, 0);
    table.setTableName("證物監管鏈");
    header(table, CUSTODY_HEADERS);
    int at = 1;
    for (IncidentViews.Item item : items) {
      for (IncidentViews.Custody entry : item.custody()) {
        row(table, at++, String.valueOf(item.id()), String.valueOf(entry.seq()), RocDates.dateTime(entry.handedAt()), entry.handedBy(),
            entry.receivedBy(), entry.reason(), entry.location());
      }
    }
  }

  private static void header(OdfTable table, List<String> headers) {
    for (int column = 0; column < headers.size(); column++) {
      OdfTexts.fill(table.getCellByPosition(column, 0), List.of(headers.get(column)), OdfTexts.TABLE_HEADING);
    }
  }

  private static void row(OdfTable table, int at, String... texts) {
    for (int column = 0; column < texts.length; column++) {
      OdfTexts.fill(table.getCellByPosition(column, at), List.of(texts[column] == null ? "" : texts[column]), OdfTexts.TABLE_CONTENTS);
    }
  }

  private static void paragraph(OfficeTextElement body, OdfFileDom dom, String text) {
    OdfTextParagraph paragraph = new OdfTextParagraph(dom, "Text_20_body");
    new OdfWhitespaceProcessor().append(paragraph, text);
    body.appendChild(paragraph);
  }

}
