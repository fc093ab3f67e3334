package tw.gov.securitymeeting.system;

import java.util.List;
import org.odftoolkit.odfdom.doc.table.OdfTableCell;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextParagraph;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import org.w3c.dom.Node;

/** What every ODF report of the application does the same way (odfdom's default text template). */
public final class OdfTexts {

  public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
  public static final String TABLE_HEADING = "Table_20_Heading";
  public static final String TABLE_CONTENTS = "Table_20_Contents";

  private OdfTexts() {}

  /**
   * One paragraph per text in a table cell; line breaks inside a text stay line breaks. Control
   * characters are dropped (see {@link #clean}), so the document is always valid XML.
   */
  public static void fill(OdfTableCell cell, List<String> paragraphs, String style) {
    cell.setValueType("string");
    cell.setDisplayText(paragraphs.isEmpty() ? "" : clean(paragraphs.get(0)), style);
    OdfFileDom dom = (OdfFileDom) cell.getOdfElement().getOwnerDocument();
    for (String text : paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size())) {
      OdfTextParagraph paragraph = new OdfTextParagraph(dom, style);
      new OdfWhitespaceProcessor().append(paragraph, clean(text));
      cell.getOdfElement().appendChild(paragraph);
    }
  }

  /**
   * The text as an ODF document may hold it: input is checked at the boundary, but a report must be
   * valid XML even for a value stored before (or around) that check.
   */
  public static String clean(String text) {
    return ControlCharacters.strip(text == null ? "" : text);
  }

  /** The blank template starts with an empty paragraph that would print as a blank line above the title. */
  public static void removeEmptyParagraphs(OfficeTextElement body) {
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
