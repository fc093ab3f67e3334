package tw.gov.securitymeeting.publication.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML body into plain-text sections with lines: one section per PDF page
 * ({@code div.page}), per XLSX sheet ({@code div.sheet} with an {@code h1} name) or per top-level ODS table;
 * a single section otherwise. Table cells are joined with tabs, rows end with a line break, paragraphs inside
 * a cell are joined with spaces. Annotations (elements of class {@code annotation}: ODF comments, PDF
 * annotation contents) are moved out of the text they comment on: a cell's annotation becomes an extra cell at
 * the end of its row (column positions stay intact), other annotations become lines of their own after their
 * paragraph.
 */
final class SectionCollector extends DefaultHandler {

  /** How the document is cut into sections. */
  enum Mode { FLAT, PAGES, SHEET_DIVS, SHEET_TABLES }

  /**
   * A piece of extracted text: {@code ordinal} counts pages or sheets from 1 (0 before the first one and for
   * unsectioned documents); {@code heading} is the XLSX sheet name, empty otherwise.
   */
  record Section(int ordinal, String heading, String text) {
  }

  /** Thrown when the extracted text exceeds the limit. */
  static final class TooMuchTextException extends SAXException {
    TooMuchTextException() {
      super("extracted text exceeds the limit");
    }
  }

  private final Mode mode;
  private final long maxChars;
  private final List<Section> sections = new ArrayList<>();

  private StringBuilder current = new StringBuilder();
  private int currentOrdinal;
  private String currentHeading = "";
  private long total;
  private int pages;
  private int tables;
  private int tableDepth;
  private int cellDepth;
  private boolean rowHasCell;
  /** True between the start of an XLSX sheet div and its first element; the h1 there names the sheet. */
  private boolean awaitingHeading;
  /** Collects the sheet name while inside that h1. */
  private StringBuilder sheetHeading;
  private int annotationDepth;
  private StringBuilder annotation;
  private final List<String> pendingAnnotations = new ArrayList<>();

  SectionCollector(Mode mode, long maxChars) {
    this.mode = mode;
    this.maxChars = maxChars;
  }

  List<Section> sections() {
    flushAnnotations();
    List<Section> all = new ArrayList<>(sections);
    if (!current.toString().isBlank()) {
      all.add(new Section(currentOrdinal, currentHeading, current.toString()));
    }
    return all;
  }

  private void startSection(int ordinal) {
    flushAnnotations();
    if (!current.toString().isBlank()) {
      sections.add(new Section(currentOrdinal, currentHeading, current.toString()));
    }
    current = new StringBuilder();
    currentOrdinal = ordinal;
    currentHeading = "";
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    if (annotationDepth > 0) {
      annotationDepth++;
      annotation.append(' ');
      return;
    }
    if ("annotation".equals(atts.getValue("class"))) {
      annotationDepth = 1;
      annotation = new StringBuilder();
      return;
    }
    boolean headingExpected = awaitingHeading;
    awaitingHeading = false;
    switch (name) {
      case "div" -> {
        String cls = atts.getValue("class");
        if (mode == Mode.PAGES && "page".equals(cls)) {
          pages++;
          startSection(pages);
        } else if (mode == Mode.SHEET_DIVS && "sheet".equals(cls)) {
          tables++;
          startSection(tables);
          awaitingHeading = true;
        } else {
          blockBreak();
        }
      }
      case "h1" -> {
        if (headingExpected) {
          sheetHeading = new StringBuilder();
        } else {
          blockBreak();
        }
      }
      case "table" -> {
        tableDepth++;
        if (mode == Mode.SHEET_TABLES && tableDepth == 1) {
          tables++;
          startSection(tables);
        } else {
          blockBreak();
        }
      }
      case "tr" -> {
        rowHasCell = false;
        lineBreak();
      }
      case "td", "th" -> {
        if (rowHasCell) {
          append('\t');
        }
        rowHasCell = true;
        cellDepth++;
      }
      case "p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "br" -> blockBreak();
      default -> {
        // inline elements add nothing
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    if (annotationDepth > 0) {
      annotationDepth--;
      annotation.append(' ');
      if (annotationDepth == 0) {
        finishAnnotation();
      }
      return;
    }
    switch (name) {
      case "h1" -> {
        if (sheetHeading != null) {
          currentHeading = sheetHeading.toString().strip();
          sheetHeading = null;
        } else {
          blockBreak();
        }
      }
      case "td", "th" -> cellDepth = Math.max(0, cellDepth - 1);
      case "tr" -> {
        for (String text : pendingAnnotations) {
          current.append('\t').append(text);
        }
        pendingAnnotations.clear();
        lineBreak();
      }
      case "table" -> {
        tableDepth = Math.max(0, tableDepth - 1);
        lineBreak();
      }
      case "div", "p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt" -> {
        blockBreak();
        if (cellDepth == 0) {
          flushAnnotations();
        }
      }
      default -> {
        // nothing
      }
    }
  }

  private void finishAnnotation() {
    String text = annotation.toString().replaceAll("\\s+", " ").strip();
    annotation = null;
    if (!text.isEmpty()) {
      pendingAnnotations.add(text);
    }
    if (cellDepth == 0 && tableDepth == 0 && current.length() > 0 && current.charAt(current.length() - 1) == '\n') {
      flushAnnotations();
    }
  }

  /** Writes the annotations collected since the last paragraph or row end as lines of their own. */
  private void flushAnnotations() {
    if (pendingAnnotations.isEmpty()) {
      return;
    }
    lineBreak();
    for (String text : pendingAnnotations) {
      current.append(text).append('\n');
    }
    pendingAnnotations.clear();
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (sheetHeading != null) {
      sheetHeading.append(ch, start, length);
      return;
    }
    total += length;
    if (total > maxChars) {
      throw new TooMuchTextException();
    }
    if (annotationDepth > 0) {
      annotation.append(ch, start, length);
      return;
    }
    if (cellDepth > 0) {
      // a line break inside a cell must not end the table row
      for (int i = start; i < start + length; i++) {
        char c = ch[i];
        current.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
      }
    } else {
      current.append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // Tika's formatting whitespace between elements; our own separators are added above
  }

  private void blockBreak() {
    if (cellDepth > 0) {
      append(' ');
    } else {
      lineBreak();
    }
  }

  private void lineBreak() {
    int len = current.length();
    if (len > 0 && current.charAt(len - 1) != '\n') {
      current.append('\n');
    }
  }

  private void append(char c) {
    current.append(c);
  }
}
