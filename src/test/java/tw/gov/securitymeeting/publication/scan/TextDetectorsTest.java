package tw.gov.securitymeeting.publication.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextDetectorsTest {

  private static List<String> found(String text, FindingKind kind) {
    return TextDetectors.scan(text).stream().filter(d -> d.kind() == kind)
        .map(TextDetectors.Detection::maskedExcerpt).toList();
  }

  private static List<TextDetectors.Detection> all(String text) {
    return TextDetectors.scan(text);
  }

  // ------------------------------------------------------------------ IDs

  @Test
  void a_national_id_in_chinese_text_is_found_and_masked() {
    assertThat(found("申請人身分證統一編號A123456789號", FindingKind.NATIONAL_ID)).containsExactly("A123****89");
  }

  @Test
  void full_width_ids_are_normalised_before_matching() {
    assertThat(found("身分證：Ａ１２３４５６７８９", FindingKind.NATIONAL_ID)).containsExactly("A123****89");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A123456788", "A123****89", "A12345****", "XA123456789", "A1234567890", "9A123456789",
    "1234567890"})
  void look_alikes_masked_ids_and_ids_glued_to_other_characters_are_not_findings(String text) {
    assertThat(all("編號 " + text + " 結束")).isEmpty();
  }

  @Test
  void resident_certificates_of_both_formats_are_their_own_kind() {
    assertThat(found("居留證 K882199357、FA12345689", FindingKind.RESIDENT_CERTIFICATE))
        .containsExactly("K882****57", "FA12****89");
    assertThat(found("居留證 K882199357、FA12345689", FindingKind.NATIONAL_ID)).isEmpty();
  }

  // ------------------------------------------------------------------ phones

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0912-345-678|0912-***-678",
    "0912345678|0912-***-678",
    "0912 345 678|0912-***-678",
    "0912.345.678|0912-***-678",
    "0912-345678|0912-***-678",
    "+886 912 345 678|+886-912-***-678",
    "+886-912-345-678|+886-912-***-678",
    "+886912345678|+886-912-***-678",
    "０９１２－３４５－６７８|0912-***-678"})
  void mobile_numbers_are_found_in_their_usual_spellings(String text, String masked) {
    assertThat(found("手機：" + text + "。", FindingKind.MOBILE_PHONE)).containsExactly(masked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10912345678", "09123456789", "0912-***-678", "0812345678"})
  void longer_digit_runs_and_masked_numbers_are_not_mobile_numbers(String text) {
    assertThat(found("號碼 " + text + " 止", FindingKind.MOBILE_PHONE)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "(02)2345-6789|02-*****789",
    "(02)23456789|02-*****789",
    "02-2345-6789|02-*****789",
    "02 2345 6789|02-*****789",
    "(04)2345678|04-****678",
    "04-2345-6789|04-*****789",
    "037-223456|037-***456",
    "049-2345678|049-****678",
    "089-323456|089-***456",
    "0826-23456|0826-**456",
    "(07)345-6789|07-****789"})
  void landline_numbers_with_an_area_code_are_found(String text, String masked) {
    assertThat(found("電話：" + text + " 分機 12", FindingKind.LANDLINE_PHONE)).containsExactly(masked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0223456789", "2025-03-02", "03-1234567", "0800-000-123", "02-234-567", "0912-345-678",
    "(0912)345678", "114-03-02"})
  void unseparated_numbers_dates_and_wrong_lengths_are_not_landlines(String text) {
    assertThat(found("號碼 " + text + " 止", FindingKind.LANDLINE_PHONE)).isEmpty();
  }

  // ------------------------------------------------------------------ e-mail

  @Test
  void e_mail_addresses_keep_only_their_first_letter_and_domain() {
    assertThat(found("信箱 chen.ming@example.gov.tw、x_y+z@mail.example.org", FindingKind.EMAIL))
        .containsExactly("c****@example.gov.tw", "x****@mail.example.org");
  }

  @Test
  void masked_e_mail_addresses_are_not_findings() {
    assertThat(found("信箱 a****@example.gov.tw", FindingKind.EMAIL)).isEmpty();
  }

  // ------------------------------------------------------------------ birth dates

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "出生日期：75年3月2日|出生日期：**年*月*日",
    "生日 1986/03/02|生日：****/**/**",
    "出生年月日：民國75年3月2日|出生年月日：民國**年*月*日",
    "Date of birth: 1975-04-03|Date of birth：****-**-**",
    "王小明（民國75年3月2日生）|民國**年*月*日生",
    "王小明，75年3月2日生，現居臺北|**年*月*日生",
    "姓名：林一 籍貫：臺南 75.03.02 生|**.**.**生",
    "張三於75年3月2日出生|**年*月*日出生"})
  void dates_with_a_birth_cue_are_birth_dates(String text, String masked) {
    assertThat(found(text, FindingKind.BIRTH_DATE)).containsExactly(masked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"會議日期：114年3月2日", "本辦法自114年3月2日生效", "承辦人王小明 114年3月2日",
    "114年3月2日生活營隊報名", "出生人數 114年3月2日統計", "民國75年3月2日生", "出生日期：75年13月2日",
    "公告日期 114/03/02，聯絡人王小明"})
  void dates_without_a_birth_cue_or_without_a_name_for_a_lone_sheng_are_not_birth_dates(String text) {
    assertThat(found(text, FindingKind.BIRTH_DATE)).isEmpty();
  }

  @Test
  void a_date_under_a_birth_date_column_header_is_a_birth_date() {
    String table = String.join("\n",
        "姓名\t出生日期\t備註",
        "王大同\t1986/03/02\t",
        "李小美\t3/2/86\t會議 114/03/02",
        "這行結束表格",
        "陳阿土\t1990/01/01\t");
    assertThat(TextDetectors.scan(table)).extracting(TextDetectors.Detection::line,
        TextDetectors.Detection::maskedExcerpt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "出生日期欄：****/**/**"),
            org.assertj.core.groups.Tuple.tuple(3, "出生日期欄：*/*/**"));
  }

  // ------------------------------------------------------------------ lines and masking

  @Test
  void detections_carry_their_line_numbers() {
    assertThat(all("第一行\n第二行 0912345678\n\n第四行 A123456789"))
        .extracting(TextDetectors.Detection::line).containsExactly(2, 4);
  }

  @Test
  void mask_all_replaces_every_item_in_a_file_name() {
    assertThat(Masking.maskPersonalData("A123456789_王小明_0912345678.pdf"))
        .isEqualTo("A123****89_王小明_0912-***-678.pdf");
  }

  @Test
  void names_keep_only_their_first_character() {
    assertThat(Masking.maskName("王小明")).isEqualTo("王**");
    assertThat(Masking.maskName("Jo")).isEqualTo("J*");
    assertThat(Masking.maskName("王")).isEqualTo("王*");
  }
}
