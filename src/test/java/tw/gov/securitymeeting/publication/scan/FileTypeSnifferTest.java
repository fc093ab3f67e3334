package tw.gov.securitymeeting.publication.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FileTypeSnifferTest {

  private static final FileTypeSniffer SNIFFER = new FileTypeSniffer();
  private static byte[] pdf;
  private static byte[] docx;
  private static byte[] xlsx;
  private static byte[] odt;
  private static byte[] ods;

  @BeforeAll
  static void buildDocuments() throws Exception {
    pdf = TestDocuments.pdf(List.of(List.of("hello")), null, null);
    docx = TestDocuments.docx(List.of("你好"), TestDocuments.WordExtras.none());
    xlsx = TestDocuments.xlsx(List.of(TestDocuments.SheetSpec.visible("表", List.of(List.of("a")))), null, null,
        null);
    odt = TestDocuments.odt(List.of("你好"), TestDocuments.WordExtras.none());
    ods = TestDocuments.ods(List.of(TestDocuments.SheetSpec.visible("表", List.of(List.of("a")))), null);
  }

  @Test
  void every_accepted_type_is_detected_from_its_bytes() {
    assertThat(SNIFFER.detect(pdf)).isEqualTo(AcceptedType.PDF.mediaType());
    assertThat(SNIFFER.detect(docx)).isEqualTo(AcceptedType.DOCX.mediaType());
    assertThat(SNIFFER.detect(xlsx)).isEqualTo(AcceptedType.XLSX.mediaType());
    assertThat(SNIFFER.detect(odt)).isEqualTo(AcceptedType.ODT.mediaType());
    assertThat(SNIFFER.detect(ods)).isEqualTo(AcceptedType.ODS.mediaType());
    assertThat(SNIFFER.detect(TestDocuments.utf8("純文字\n第二行"))).isEqualTo(AcceptedType.TEXT.mediaType());
  }

  @Test
  void files_whose_extension_fits_their_bytes_pass_the_upload_check() {
    assertThat(SNIFFER.typeMismatch("公告.pdf", pdf)).isEmpty();
    assertThat(SNIFFER.typeMismatch("紀錄.DOCX", docx)).isEmpty();
    assertThat(SNIFFER.typeMismatch("統計.xlsx", xlsx)).isEmpty();
    assertThat(SNIFFER.typeMismatch("公告.odt", odt)).isEmpty();
    assertThat(SNIFFER.typeMismatch("名冊.ods", ods)).isEmpty();
    assertThat(SNIFFER.typeMismatch("說明.txt", TestDocuments.utf8("說明文字"))).isEmpty();
  }

  @Test
  void big5_encoded_text_is_plain_text_too() {
    byte[] big5 = "臺北市政府公告：本案說明如下，請各單位配合辦理。".getBytes(Charset.forName("Big5"));
    assertThat(SNIFFER.typeMismatch("說明.txt", big5)).isEmpty();
  }

  @Test
  void a_pdf_that_is_really_a_zip_is_rejected_with_a_reason() throws Exception {
    assertThat(SNIFFER.typeMismatch("公告.pdf", TestDocuments.zip("a.txt", "x")))
        .hasValueSatisfying(reason -> assertThat(reason).contains(".pdf").contains("application/zip"));
  }

  @Test
  void a_docx_renamed_to_pdf_and_an_odt_renamed_to_docx_are_rejected() {
    assertThat(SNIFFER.typeMismatch("公告.pdf", docx)).isPresent();
    assertThat(SNIFFER.typeMismatch("公告.docx", odt)).isPresent();
    assertThat(SNIFFER.typeMismatch("公告.txt", pdf)).isPresent();
  }

  @Test
  void extensions_outside_the_allow_list_and_missing_extensions_are_rejected() throws Exception {
    assertThat(SNIFFER.typeMismatch("壓縮檔.zip", TestDocuments.zip("a.txt", "x"))).isPresent();
    assertThat(SNIFFER.typeMismatch("舊格式.doc", TestDocuments.utf8("x"))).isPresent();
    assertThat(SNIFFER.typeMismatch("沒有副檔名", pdf)).isPresent();
  }

  @Test
  void empty_files_are_rejected() {
    assertThat(SNIFFER.typeMismatch("空白.pdf", new byte[0])).contains("檔案內容為空");
    assertThat(SNIFFER.typeMismatch("空白.pdf", null)).contains("檔案內容為空");
  }

  @Test
  void the_allow_list_names_the_six_accepted_types() {
    assertThat(SNIFFER.acceptedExtensions()).containsExactly("pdf", "odt", "ods", "docx", "xlsx", "txt");
    assertThat(AcceptedType.forMediaType("text/plain; charset=UTF-8")).contains(AcceptedType.TEXT);
    assertThat(AcceptedType.extensionOf("C:\\tmp\\a.b.PDF")).isEqualTo("pdf");
  }
}
