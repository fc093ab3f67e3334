package tw.gov.securitymeeting.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Attachments built in the tests: spreadsheets with and without a hidden ID number, text, a fake PDF. */
final class PublicationDocuments {

  /** A valid national ID number (checksum correct); only ever in generated test files. */
  static final String VALID_ID = "A123456789";

  private PublicationDocuments() {}

  /** A visible sheet with the schedule, and a hidden sheet 「名冊」 listing a name with a national ID number. */
  static byte[] xlsxWithHiddenId() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet schedule = workbook.createSheet("活動時程");
      schedule.createRow(0).createCell(0).setCellValue("115年12月10日 開幕");
      XSSFSheet names = workbook.createSheet("名冊");
      names.createRow(0).createCell(0).setCellValue("王小明");
      names.getRow(0).createCell(1).setCellValue(VALID_ID);
      workbook.setSheetHidden(1, true);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A spreadsheet with nothing personal in it. */
  static byte[] cleanXlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet schedule = workbook.createSheet("活動時程");
      schedule.createRow(0).createCell(0).setCellValue("115年12月10日 開幕");
      schedule.createRow(1).createCell(0).setCellValue("115年12月11日 閉幕");
      // POI writes itself as the author unless told otherwise; a clean file has no author.
      workbook.getProperties().getCoreProperties().setCreator("");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A zip archive, to be sent under a .pdf name. */
  static byte[] zip() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write(text("不是 PDF"));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
