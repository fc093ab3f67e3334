package tw.gov.securitymeeting.publication.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip-bomb corpus generated in the test, each file small on disk: a huge attribute, deep element nesting,
 * many entries, a 1000:1 ratio, nested zips, a DTD with entities, for ODT, DOCX, XLSX and a plain zip named
 * .odt. The inflated bytes are streamed into the deflater, never held in memory.
 */
final class ZipBombs {

  private static final long MB = 1024 * 1024;

  private ZipBombs() {
  }

  /** File name → bytes, in a fixed order. */
  static Map<String, byte[]> corpus() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("巨大屬性.odt", odt(out -> {
      write(out, "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
          + "<text:p text:style-name=\"");
      repeat(out, 'a', 300 * MB);
      write(out, "\">x</text:p></office:text></office:body></office:document-content>");
    }));
    files.put("膨脹450MB.odt", odtWithParts(9, 50 * MB));
    files.put("不可壓縮的大屬性.odt", odt(out -> {
      write(out, "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
          + "<office:body a=\"");
      randomLetters(out, 3 * MB);
      write(out, "\"/></office:document-content>");
    }));
    files.put("深層巢狀.odt", odt(out -> {
      write(out, "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">");
      for (int i = 0; i < 200_000; i++) {
        write(out, "<a>");
      }
      for (int i = 0; i < 200_000; i++) {
        write(out, "</a>");
      }
      write(out, "</office:document-content>");
    }));
    files.put("實體擴展.odt", odt(out -> write(out, "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">&c;"
        + "</office:document-content>")));
    files.put("大量項目.odt", manyEntries("application/vnd.oasis.opendocument.text", 20_000));
    files.put("壓縮比.docx", docx(out -> {
      write(out, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          + "<w:p><w:r><w:t>");
      repeat(out, 'x', 6 * MB);
      write(out, "</w:t></w:r></w:p></w:body></w:document>");
    }));
    files.put("巨大屬性.docx", docx(out -> {
      write(out, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          + "<w:p w:rsidR=\"");
      repeat(out, '0', 200 * MB);
      write(out, "\"/></w:body></w:document>");
    }));
    files.put("工作表炸彈.xlsx", xlsx(out -> {
      write(out, "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      byte[] row = "<row><c t=\"inlineStr\"><is><t>0</t></is></c></row>".getBytes(StandardCharsets.US_ASCII);
      for (long written = 0; written < 300 * MB; written += row.length) {
        out.write(row);
      }
      write(out, "</sheetData></worksheet>");
    }));
    files.put("純壓縮檔.odt", zip(Map.of("bomb.txt", out -> repeat(out, '0', 500 * MB))));
    files.put("層層壓縮.odt", nested(6));
    return files;
  }

  interface Body {
    void write(OutputStream out) throws IOException;
  }

  static byte[] odt(Body content) throws IOException {
    Map<String, Body> parts = new LinkedHashMap<>();
    parts.put("mimetype", out -> write(out, "application/vnd.oasis.opendocument.text"));
    parts.put("META-INF/manifest.xml", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>"));
    parts.put("content.xml", content);
    return zip(parts);
  }

  private static byte[] odtWithParts(int parts, long eachSize) throws IOException {
    Map<String, Body> entries = new LinkedHashMap<>();
    entries.put("mimetype", out -> write(out, "application/vnd.oasis.opendocument.text"));
    for (int i = 0; i < parts; i++) {
      entries.put("Pictures/filler" + i + ".txt", out -> repeat(out, ' ', eachSize));
    }
    entries.put("content.xml", out -> write(out, "<office:document-content "
        + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));
    return zip(entries);
  }

  private static byte[] manyEntries(String mimetype, int count) throws IOException {
    Map<String, Body> entries = new LinkedHashMap<>();
    entries.put("mimetype", out -> write(out, mimetype));
    for (int i = 0; i < count; i++) {
      entries.put("e/" + i, out -> { });
    }
    return zip(entries);
  }

  private static byte[] docx(Body document) throws IOException {
    Map<String, Body> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
    parts.put("_rels/.rels", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
        + "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"word/document.xml\"/></Relationships>"));
    parts.put("word/document.xml", document);
    return zip(parts);
  }

  private static byte[] xlsx(Body sheet) throws IOException {
    Map<String, Body> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"));
    parts.put("_rels/.rels", out -> write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
        + "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"xl/workbook.xml\"/></Relationships>"));
    parts.put("xl/workbook.xml", out -> write(out, "<workbook "
        + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        + "<sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    parts.put("xl/_rels/workbook.xml.rels", out -> write(out, "<Relationships "
        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        + "Target=\"worksheets/sheet1.xml\"/></Relationships>"));
    parts.put("xl/worksheets/sheet1.xml", sheet);
    return zip(parts);
  }

  private static byte[] nested(int depth) throws IOException {
    byte[] inner = zip(Map.of("a.txt", out -> write(out, "x")));
    for (int i = 1; i < depth; i++) {
      byte[] content = inner;
      inner = zip(Map.of("inner" + i + ".zip", out -> out.write(content)));
    }
    return inner;
  }

  static byte[] zip(Map<String, Body> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, Body> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        e.getValue().write(zip);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static void write(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private static void repeat(OutputStream out, char c, long count) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) c);
    for (long left = count; left > 0; left -= chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }
  }

  private static void randomLetters(OutputStream out, long count) throws IOException {
    Random random = new Random(12);
    byte[] chunk = new byte[64 * 1024];
    for (long left = count; left > 0; left -= chunk.length) {
      for (int i = 0; i < chunk.length; i++) {
        chunk[i] = (byte) ('a' + random.nextInt(26));
      }
      out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }
  }
}
