package tw.gov.securitymeeting.publication.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.Comments;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Hidden content of DOCX and XLSX files that Tika's metadata does not expose, read with Apache POI's package
 * API and a streaming XML reader (no full in-memory workbook or document model):
 * <ul>
 * <li>DOCX: comments (with author), tracked insertions/deletions/moves and format changes, hidden
 * ({@code w:vanish}) runs.</li>
 * <li>XLSX: cell comments (with cell address and author), hidden rows and columns per sheet.</li>
 * </ul>
 */
final class OoxmlInspector {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String WORD_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  private static final List<String> WORD_BODY_PARTS =
      List.of("document.main+xml", "header+xml", "footer+xml", "footnotes+xml", "endnotes+xml");

  private OoxmlInspector() {
  }

  // ------------------------------------------------------------------ DOCX

  static List<Finding> inspectDocx(byte[] bytes, String source)
      throws IOException, OpenXML4JException, XMLStreamException {
    WordCounts counts = new WordCounts();
    List<Finding> comments = new ArrayList<>();
    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    try {
      for (PackagePart part : pkg.getParts()) {
        String ct = part.getContentType();
        if (!ct.startsWith(WORD_CT)) {
          continue;
        }
        String kind = ct.substring(WORD_CT.length());
        if (WORD_BODY_PARTS.contains(kind)) {
          try (InputStream in = part.getInputStream()) {
            scanWordBody(in, counts);
          }
        } else if (kind.equals("comments+xml")) {
          try (InputStream in = part.getInputStream()) {
            scanWordComments(in, source, comments);
          }
        }
      }
    } finally {
      pkg.revert();
    }
    List<Finding> findings = new ArrayList<>(comments);
    String changes = counts.trackedChanges();
    if (!changes.isEmpty()) {
      findings.add(new Finding(FindingKind.TRACKED_CHANGE, source, "", changes));
    }
    if (counts.hiddenRuns > 0) {
      findings.add(new Finding(FindingKind.HIDDEN_TEXT, source, "",
          "設為隱藏格式的文字 " + counts.hiddenRuns + " 處"));
    }
    return findings;
  }

  private static final class WordCounts {
    int insertions;
    int deletions;
    int moves;
    int formatChanges;
    int hiddenRuns;

    String trackedChanges() {
      StringJoiner j = new StringJoiner("、");
      if (insertions > 0) {
        j.add("插入 " + insertions + " 處");
      }
      if (deletions > 0) {
        j.add("刪除 " + deletions + " 處");
      }
      if (moves > 0) {
        j.add("移動 " + moves + " 處");
      }
      if (formatChanges > 0) {
        j.add("格式變更 " + formatChanges + " 處");
      }
      return j.toString();
    }
  }

  private static void scanWordBody(InputStream in, WordCounts counts) throws XMLStreamException {
    XMLStreamReader r = XmlScanning.reader(in);
    Deque<String> stack = new ArrayDeque<>();
    try {
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = W.equals(r.getNamespaceURI()) ? r.getLocalName() : "?";
          String parent = stack.isEmpty() ? "" : stack.peek();
          boolean inRunProps = parent.equals("rPr");
          switch (name) {
            case "ins" -> counts.insertions += inRunProps ? 0 : 1;
            case "del" -> counts.deletions += inRunProps ? 0 : 1;
            case "moveFrom" -> counts.moves += inRunProps ? 0 : 1;
            case "rPrChange", "pPrChange" -> counts.formatChanges++;
            case "vanish" -> {
              if (inRunProps && stack.size() >= 2 && "r".equals(secondOf(stack))
                  && XmlScanning.ooxmlTrue(XmlScanning.attr(r, W, "val"), true)) {
                counts.hiddenRuns++;
              }
            }
            default -> {
              // not interesting
            }
          }
          stack.push(name);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          stack.pop();
        }
      }
    } finally {
      r.close();
    }
  }

  private static String secondOf(Deque<String> stack) {
    Iterator<String> it = stack.iterator();
    it.next();
    return it.next();
  }

  private static void scanWordComments(InputStream in, String source, List<Finding> out)
      throws XMLStreamException {
    XMLStreamReader r = XmlScanning.reader(in);
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())
            && "comment".equals(r.getLocalName())) {
          String author = XmlScanning.attr(r, W, "author");
          out.add(new Finding(FindingKind.COMMENT, source, "第 " + (out.size() + 1) + " 則註解",
              commentText(author)));
        }
      }
    } finally {
      r.close();
    }
  }

  static String commentText(String author) {
    return author == null || author.isBlank() ? "註解（未具名）" : "註解，作者 " + Masking.maskName(author);
  }

  // ------------------------------------------------------------------ XLSX

  static List<Finding> inspectXlsx(byte[] bytes, String source)
      throws IOException, OpenXML4JException, XMLStreamException {
    List<Finding> comments = new ArrayList<>();
    List<Finding> hidden = new ArrayList<>();
    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    try {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        XmlScanning.Ranges rows = new XmlScanning.Ranges();
        XmlScanning.Ranges columns = new XmlScanning.Ranges();
        try (InputStream sheet = sheets.next()) {
          scanSheet(sheet, rows, columns);
        }
        String where = "工作表「" + sheets.getSheetName() + "」";
        if (!rows.isEmpty() || !columns.isEmpty()) {
          hidden.add(new Finding(FindingKind.HIDDEN_ROW_OR_COLUMN, source, where,
              XmlScanning.hiddenRowsAndColumns(rows, columns)));
        }
        Comments sheetComments = sheets.getSheetComments();
        if (sheetComments != null) {
          Iterator<CellAddress> addresses = sheetComments.getCellAddresses();
          while (addresses.hasNext()) {
            CellAddress address = addresses.next();
            XSSFComment comment = sheetComments.findCellComment(address);
            comments.add(new Finding(FindingKind.COMMENT, source,
                where + "儲存格 " + address.formatAsString(),
                commentText(comment == null ? null : comment.getAuthor())));
          }
        }
      }
    } finally {
      pkg.revert();
    }
    comments.addAll(hidden);
    return comments;
  }

  private static void scanSheet(InputStream in, XmlScanning.Ranges rows, XmlScanning.Ranges columns)
      throws XMLStreamException {
    XMLStreamReader r = XmlScanning.reader(in);
    try {
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT || !S.equals(r.getNamespaceURI())) {
          continue;
        }
        switch (r.getLocalName()) {
          case "col" -> {
            if (XmlScanning.ooxmlTrue(r.getAttributeValue(null, "hidden"), false)) {
              int min = parse(r.getAttributeValue(null, "min"));
              int max = parse(r.getAttributeValue(null, "max"));
              if (min > 0) {
                columns.add(min - 1, Math.max(min, max) - 1);
              }
            }
          }
          case "row" -> {
            if (XmlScanning.ooxmlTrue(r.getAttributeValue(null, "hidden"), false)) {
              int row = parse(r.getAttributeValue(null, "r"));
              if (row > 0) {
                rows.add(row - 1, row - 1);
              }
            }
          }
          default -> {
            // cells and the rest are skipped
          }
        }
      }
    } finally {
      r.close();
    }
  }

  private static int parse(String v) {
    try {
      return v == null ? -1 : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
