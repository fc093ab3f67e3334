package tw.gov.securitymeeting.publication.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TaiwanIdValidatorTest {

  @ParameterizedTest
  @ValueSource(strings = {"A123456789", "A152601814", "F259083017", "N166131862", "Z209139097", "I196030824",
    "O246281945", "P223456710", "E135792418", "Q246801312", "B102938410"})
  void national_ids_with_a_valid_checksum_are_accepted(String id) {
    assertThat(TaiwanIdValidator.isValidNationalId(id)).isTrue();
    assertThat(TaiwanIdValidator.classify(id)).contains(FindingKind.NATIONAL_ID);
  }

  @Test
  void lower_case_letters_are_accepted_too() {
    assertThat(TaiwanIdValidator.classify("a123456789")).contains(FindingKind.NATIONAL_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A123456788", "A152601817", "F259083010", "N166131865", "Z209139090", "I196030827",
    "O246281948", "P223456715"})
  void look_alikes_with_a_wrong_check_digit_are_rejected(String id) {
    assertThat(TaiwanIdValidator.isValidNationalId(id)).isFalse();
    assertThat(TaiwanIdValidator.classify(id)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"A323456789", "A023456789", "1123456789", "A12345678", "A1234567890", "A123****89",
    "A12345****", "", "AA1234567X"})
  void strings_of_the_wrong_shape_are_rejected(String id) {
    assertThat(TaiwanIdValidator.classify(id)).isEmpty();
  }

  @Test
  void null_is_rejected() {
    assertThat(TaiwanIdValidator.classify(null)).isEmpty();
    assertThat(TaiwanIdValidator.isValidNationalId(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"K882199357", "T918190936", "H878657979"})
  void new_format_resident_certificates_use_the_national_id_checksum(String id) {
    assertThat(TaiwanIdValidator.isValidNewResidentCertificate(id)).isTrue();
    assertThat(TaiwanIdValidator.isValidNationalId(id)).isFalse();
    assertThat(TaiwanIdValidator.classify(id)).contains(FindingKind.RESIDENT_CERTIFICATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"K882199350", "T918190939", "H878657972"})
  void new_format_resident_certificates_with_a_wrong_check_digit_are_rejected(String id) {
    assertThat(TaiwanIdValidator.isValidNewResidentCertificate(id)).isFalse();
    assertThat(TaiwanIdValidator.classify(id)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"FA12345689", "AA54323197", "FB48757497", "TC11862524", "HD76018956"})
  void old_format_resident_certificates_count_the_second_letter_as_its_codes_last_digit(String id) {
    assertThat(TaiwanIdValidator.isValidOldResidentCertificate(id)).isTrue();
    assertThat(TaiwanIdValidator.classify(id)).contains(FindingKind.RESIDENT_CERTIFICATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"FA12345688", "AA54323198", "FB48757498", "TC11862525", "HD76018957"})
  void old_format_resident_certificates_with_a_wrong_check_digit_are_rejected(String id) {
    assertThat(TaiwanIdValidator.isValidOldResidentCertificate(id)).isFalse();
    assertThat(TaiwanIdValidator.classify(id)).isEmpty();
  }

  @Test
  void old_format_resident_certificates_need_a_second_letter_from_a_to_d() {
    // FE12345687 passes the checksum arithmetic, but E is not one of the second letters in use
    assertThat(TaiwanIdValidator.isValidOldResidentCertificate("FE12345687")).isFalse();
  }

  @Test
  void the_letters_i_o_and_w_use_their_out_of_order_codes() {
    // I=34, O=35, W=32: a wrong mapping would break these checksums
    assertThat(TaiwanIdValidator.isValidNationalId("I196030824")).isTrue();
    assertThat(TaiwanIdValidator.isValidNationalId("O246281945")).isTrue();
    assertThat(TaiwanIdValidator.classify("W100000000")).isEmpty();
    assertThat(TaiwanIdValidator.isValidNationalId(validWithPrefix("W10000000"))).isTrue();
  }

  /** Appends the one check digit that makes the number valid. */
  private static String validWithPrefix(String nine) {
    for (int d = 0; d <= 9; d++) {
      if (TaiwanIdValidator.isValidNationalId(nine + d)) {
        return nine + d;
      }
    }
    throw new AssertionError("no check digit for " + nine);
  }
}
