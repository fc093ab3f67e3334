package tw.gov.securitymeeting.followup;

import java.util.ArrayList;
import java.util.List;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.w3c.dom.Node;

/** Reads an ODT table back, for tests. */
final class OdfTables {

  private OdfTables() {}

  /** Each cell of a row as the texts of its paragraphs (line breaks read back as \n). */
  static List<List<String>> row(OdfTable table, int index) {
    List<List<String>> cells = new ArrayList<>();
    for (int column = 0; column < table.getColumnCount(); column++) {
      List<String> paragraphs = new ArrayList<>();
      for (Node child = table.getCellByPosition(column, index).getOdfElement().getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof TextPElement) {
          paragraphs.add(new OdfWhitespaceProcessor().getText(child));
        }
      }
      cells.add(paragraphs);
    }
    return cells;
  }}
