package tw.gov.securitymeeting.publication.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hidden content of ODT and ODS files, read from {@code content.xml} with a streaming XML reader (Tika
 * extracts the text but reports none of this): comments ({@code office:annotation}), tracked changes
 * ({@code text:changed-region}), hidden text (hidden-text/hidden-paragraph fields, sections and automatic
 * styles with {@code text:display="none"}), and for spreadsheets the sheet names, hidden sheets
 * ({@code table:display="false"}) and hidden or filtered rows and columns.
 */
final class OdfInspector {

  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  /** Upper bound of the uncompressed content.xml. */
  private static final long MAX_CONTENT_BYTES = 512L * 1024 * 1024;

  /** Findings plus the sheet names in document order (empty for text documents). */
  record Result(List<Finding> findings, List<String> sheetNames) {
  }

  private OdfInspector() {
  }

  static Result inspect(byte[] bytes, String source, boolean spreadsheet) throws IOException, XMLStreamException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if ("content.xml".equals(entry.getName())) {
          return new Scan(source, spreadsheet).run(XmlScanning.limited(zip, MAX_CONTENT_BYTES));
        }
      }
    }
    throw new IOException("no content.xml in the ODF package");
  }

  /** One pass over content.xml. */
  private static final class Scan {
    private final String source;
    private final boolean spreadsheet;
    private final List<Finding> comments = new ArrayList<>();
    private final List<Finding> sheetFindings = new ArrayList<>();
    private final List<String> sheetNames = new ArrayList<>();
    private final Set<String> hiddenTableStyles = new HashSet<>();
    private final Set<String> hiddenTextStyles = new HashSet<>();

    private String styleName;
    private String styleFamily;
    private int tableDepth;
    private String sheet;
    private long rowIndex;
    private long rowRepeat;
    private long columnIndex;
    private long columnCursor;
    private long cellRepeat;
    private boolean inCell;
    private XmlScanning.Ranges hiddenRows;
    private XmlScanning.Ranges hiddenColumns;
    private int annotationDepth;
    private String annotationWhere;
    private StringBuilder annotationAuthor;
    private boolean inAnnotationCreator;
    private int insertions;
    private int deletions;
    private int formatChanges;
    private int hiddenText;

    Scan(String source, boolean spreadsheet) {
      this.source = source;
      this.spreadsheet = spreadsheet;
    }

    Result run(InputStream in) throws XMLStreamException {
      XMLStreamReader r = XmlScanning.reader(in);
      try {
        while (r.hasNext()) {
          switch (r.next()) {
            case XMLStreamConstants.START_ELEMENT -> start(r);
            case XMLStreamConstants.END_ELEMENT -> end(r);
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
              if (inAnnotationCreator) {
                annotationAuthor.append(r.getText());
              }
            }
            default -> {
              // ignored
            }
          }
        }
      } finally {
        r.close();
      }
      List<Finding> findings = new ArrayList<>(comments);
      String changes = trackedChanges();
      if (!changes.isEmpty()) {
        findings.add(new Finding(FindingKind.TRACKED_CHANGE, source, "", changes));
      }
      if (hiddenText > 0) {
        findings.add(new Finding(FindingKind.HIDDEN_TEXT, source, "", "隱藏的文字或段落 " + hiddenText + " 處"));
      }
      findings.addAll(sheetFindings);
      return new Result(findings, List.copyOf(sheetNames));
    }

    private void start(XMLStreamReader r) {
      String ns = r.getNamespaceURI();
      String name = r.getLocalName();
      if (STYLE.equals(ns)) {
        startStyle(r, name);
      } else if (TABLE.equals(ns)) {
        startTable(r, name);
      } else if (TEXT.equals(ns)) {
        startText(r, name);
      } else if (OFFICE.equals(ns) && "annotation".equals(name)) {
        if (annotationDepth++ == 0) {
          annotationAuthor = new StringBuilder();
          annotationWhere = spreadsheet && inCell && sheet != null
              ? "工作表「" + sheet + "」儲存格 " + XmlScanning.columnName((int) Math.min(columnIndex, 16383))
                  + (rowIndex + 1)
              : "第 " + (comments.size() + 1) + " 則註解";
        }
      } else if (DC.equals(ns) && "creator".equals(name) && annotationDepth > 0) {
        inAnnotationCreator = true;
      }
    }

    private void end(XMLStreamReader r) {
      String ns = r.getNamespaceURI();
      String name = r.getLocalName();
      if (TABLE.equals(ns)) {
        endTable(name);
      } else if (STYLE.equals(ns) && "style".equals(name)) {
        styleName = null;
        styleFamily = null;
      } else if (OFFICE.equals(ns) && "annotation".equals(name)) {
        if (--annotationDepth == 0) {
          comments.add(new Finding(FindingKind.COMMENT, source, annotationWhere,
              OoxmlInspector.commentText(annotationAuthor.toString())));
        }
      } else if (DC.equals(ns) && "creator".equals(name)) {
        inAnnotationCreator = false;
      }
    }

    private void startStyle(XMLStreamReader r, String name) {
      switch (name) {
        case "style" -> {
          styleName = XmlScanning.attr(r, STYLE, "name");
          styleFamily = XmlScanning.attr(r, STYLE, "family");
        }
        case "table-properties" -> {
          if (styleName != null && "false".equals(XmlScanning.attr(r, TABLE, "display"))) {
            hiddenTableStyles.add(styleName);
          }
        }
        case "text-properties" -> {
          if (styleName != null && "none".equals(XmlScanning.attr(r, TEXT, "display"))) {
            hiddenTextStyles.add(styleName);
          }
        }
        default -> {
          // other style elements
        }
      }
    }

    private void startText(XMLStreamReader r, String name) {
      switch (name) {
        case "insertion" -> insertions++;
        case "deletion" -> deletions++;
        case "format-change" -> formatChanges++;
        case "hidden-text", "hidden-paragraph" -> hiddenText++;
        case "section" -> {
          if ("none".equals(XmlScanning.attr(r, TEXT, "display"))) {
            hiddenText++;
          }
        }
        case "p", "h", "span" -> {
          String style = XmlScanning.attr(r, TEXT, "style-name");
          if (style != null && hiddenTextStyles.contains(style)) {
            hiddenText++;
          }
        }
        default -> {
          // other text elements
        }
      }
    }

    private void startTable(XMLStreamReader r, String name) {
      if ("table".equals(name)) {
        tableDepth++;
        if (tableDepth == 1 && spreadsheet) {
          sheet = XmlScanning.attr(r, TABLE, "name");
          sheet = sheet == null ? "第 " + (sheetNames.size() + 1) + " 個工作表" : sheet;
          sheetNames.add(sheet);
          hiddenRows = new XmlScanning.Ranges();
          hiddenColumns = new XmlScanning.Ranges();
          rowIndex = 0;
          columnCursor = 0;
          String style = XmlScanning.attr(r, TABLE, "style-name");
          if (style != null && hiddenTableStyles.contains(style)) {
            sheetFindings.add(new Finding(FindingKind.HIDDEN_SHEET, source, "工作表「" + sheet + "」",
                "隱藏工作表"));
          }
        }
        return;
      }
      if (tableDepth != 1 || !spreadsheet) {
        return;
      }
      switch (name) {
        case "table-column" -> {
          long repeat = XmlScanning.intAttr(r, TABLE, "number-columns-repeated", 1);
          if (isHidden(XmlScanning.attr(r, TABLE, "visibility"))) {
            hiddenColumns.add(columnCursor, columnCursor + repeat - 1);
          }
          columnCursor += repeat;
        }
        case "table-row" -> {
          rowRepeat = XmlScanning.intAttr(r, TABLE, "number-rows-repeated", 1);
          if (isHidden(XmlScanning.attr(r, TABLE, "visibility"))) {
            hiddenRows.add(rowIndex, rowIndex + rowRepeat - 1);
          }
          columnIndex = 0;
        }
        case "table-cell", "covered-table-cell" -> {
          cellRepeat = XmlScanning.intAttr(r, TABLE, "number-columns-repeated", 1);
          inCell = true;
        }
        default -> {
          // row groups, header rows etc. only wrap rows
        }
      }
    }

    private void endTable(String name) {
      if ("table".equals(name)) {
        if (tableDepth == 1 && spreadsheet && (!hiddenRows.isEmpty() || !hiddenColumns.isEmpty())) {
          sheetFindings.add(new Finding(FindingKind.HIDDEN_ROW_OR_COLUMN, source, "工作表「" + sheet + "」",
              XmlScanning.hiddenRowsAndColumns(hiddenRows, hiddenColumns)));
        }
        tableDepth--;
        return;
      }
      if (tableDepth != 1 || !spreadsheet) {
        return;
      }
      switch (name) {
        case "table-row" -> rowIndex += rowRepeat;
        case "table-cell", "covered-table-cell" -> {
          columnIndex += cellRepeat;
          inCell = false;
        }
        default -> {
          // nothing
        }
      }
    }

    private static boolean isHidden(String visibility) {
      return "collapse".equals(visibility) || "filter".equals(visibility);
    }

    private String trackedChanges() {
      StringJoiner j = new StringJoiner("、");
      if (insertions > 0) {
        j.add("插入 " + insertions + " 處");
      }
      if (deletions > 0) {
        j.add("刪除 " + deletions + " 處");
      }
      if (formatChanges > 0) {
        j.add("格式變更 " + formatChanges + " 處");
      }
      return j.toString();
    }
  }
}
