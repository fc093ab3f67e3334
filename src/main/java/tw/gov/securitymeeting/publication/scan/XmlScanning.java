package tw.gov.securitymeeting.publication.scan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Small helpers shared by the OOXML and ODF inspectors: a hardened StAX factory and row/column ranges. */
final class XmlScanning {

  /** StAX factories are not guaranteed to be thread-safe: one per thread. */
  private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlScanning::createFactory);

  private XmlScanning() {
  }

  private static XMLInputFactory createFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    return FACTORY.get().createXMLStreamReader(in);
  }

  /** Wraps a stream so that reading more than {@code max} bytes fails (guards against zip bombs). */
  static InputStream limited(InputStream in, long max) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) throws IOException {
        count += n;
        if (count > max) {
          throw new IOException("XML part larger than " + max + " bytes");
        }
      }
    };
  }

  /** An attribute value by namespace URI and local name, or null. */
  static String attr(XMLStreamReader r, String ns, String local) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (local.equals(r.getAttributeLocalName(i)) && ns.equals(r.getAttributeNamespace(i))) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  static int intAttr(XMLStreamReader r, String ns, String local, int dflt) {
    String v = attr(r, ns, local);
    if (v == null) {
      return dflt;
    }
    try {
      return Math.max(1, Integer.parseInt(v.strip()));
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  /** OOXML boolean: true unless "0", "false" or "off"; a missing attribute means {@code ifMissing}. */
  static boolean ooxmlTrue(String value, boolean ifMissing) {
    if (value == null) {
      return ifMissing;
    }
    String v = value.strip();
    return !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
  }

  /** Spreadsheet column name of a zero-based index: 0 → A, 25 → Z, 26 → AA. */
  static String columnName(int zeroBased) {
    StringBuilder sb = new StringBuilder();
    int n = zeroBased + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      sb.insert(0, (char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return sb.toString();
  }

  /** Collects zero-based index ranges, merging adjacent ones, and prints them 1-based or as column names. */
  static final class Ranges {
    private final List<long[]> ranges = new ArrayList<>();

    void add(long from, long to) {
      if (!ranges.isEmpty()) {
        long[] last = ranges.get(ranges.size() - 1);
        if (from <= last[1] + 1 && from >= last[0]) {
          last[1] = Math.max(last[1], to);
          return;
        }
      }
      ranges.add(new long[] {from, to});
    }

    boolean isEmpty() {
      return ranges.isEmpty();
    }

    String asRows() {
      return print(false);
    }

    String asColumns() {
      return print(true);
    }

    private String print(boolean columns) {
      StringJoiner j = new StringJoiner("、");
      int shown = 0;
      for (long[] r : ranges) {
        if (shown++ == 10) {
          j.add("…");
          break;
        }
        String from = columns ? columnName((int) Math.min(r[0], 16383)) : String.valueOf(r[0] + 1);
        String to = columns ? columnName((int) Math.min(r[1], 16383)) : String.valueOf(r[1] + 1);
        j.add(r[0] == r[1] ? from : from + "-" + to);
      }
      return j.toString();
    }
  }

  /** The finding text of hidden rows and columns, e.g. 「隱藏列：3、5-7；隱藏欄：B」. */
  static String hiddenRowsAndColumns(Ranges rows, Ranges columns) {
    StringJoiner j = new StringJoiner("；");
    if (!rows.isEmpty()) {
      j.add("隱藏列：" + rows.asRows());
    }
    if (!columns.isEmpty()) {
      j.add("隱藏欄：" + columns.asColumns());
    }
    return j.toString();
  }
}
