package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

class SubmittedValuesTest {

  final List<FieldProblem> problems = new ArrayList<>();

  @Test
  void shouldSayEachProblemInOneWording() {
    assertThat(SubmittedValues.requiredText(" ", "title", "會議名稱", 10, problems)).isNull();
    assertThat(SubmittedValues.requiredText("一二三四五六七八九十一", "title", "會議名稱", 10, problems)).isNull();
    assertThat(SubmittedValues.choice("maybe", "status", "辦理狀態", List.of("DONE", "IN_PROGRESS"), problems)).isNull();
    assertThat(SubmittedValues.date("2016-13-40", "heldOn", "開會日期", true, problems)).isNull();

    assertThat(problems).containsExactly(
        new FieldProblem("title", "請填寫「會議名稱」。"),
        new FieldProblem("title", "「會議名稱」最多 10 字。"),
        new FieldProblem("status", "「辦理狀態」請從選項中選擇。"),
        new FieldProblem("heldOn", "「開會日期」不是有效的日期。"));
  }

  @Test
  void shouldAcceptGoodValuesTrimmed() {
    assertThat(SubmittedValues.requiredText("  第一行\n第二行 ", "progress", "辦理情形", 100, problems)).isEqualTo("第一行\n第二行");
    assertThat(SubmittedValues.requiredLine("會報", "title", "會議名稱", 10, problems)).isEqualTo("會報");
    assertThat(SubmittedValues.optionalText(null, "note", "備註", 10, problems)).isNull();
    assertThat(SubmittedValues.choice("DONE", "status", "辦理狀態", List.of("DONE"), problems)).isEqualTo("DONE");
    assertThat(SubmittedValues.date("2016-10-19T15:10", "heldOn", "開會日期", true, problems)).isEqualTo(LocalDate.of(2016, 10, 19));
    assertThat(SubmittedValues.ids("[\"ethics\",\"planning\"]", "leadUnits", "主辦單位", problems)).containsExactly("ethics", "planning");
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldRefuseControlCharactersBidiOverridesAndLineBreaksInOneLine() {
    SubmittedValues.requiredText("會\u0000報", "title", "會議名稱", 100, problems);
    SubmittedValues.requiredText("abc\u202Etxt.exe", "title", "會議名稱", 100, problems);
    SubmittedValues.requiredText("\u2066隔離\u2069", "title", "會議名稱", 100, problems);
    SubmittedValues.requiredText("刪除\u007F", "title", "會議名稱", 100, problems);
    SubmittedValues.requiredLine("第一行\n第二行", "title", "會議名稱", 100, problems);

    assertThat(problems).extracting(FieldProblem::message).containsExactly(
        "「會議名稱」含有不允許的控制字元。", "「會議名稱」含有不允許的控制字元。", "「會議名稱」含有不允許的控制字元。",
        "「會議名稱」含有不允許的控制字元。", "「會議名稱」只能填一行，不可換行。");
    assertThat(SubmittedValues.requiredText("tab\tand\r\nlines \u200F", "progress", "辦理情形", 100, new ArrayList<>()))
        .isEqualTo("tab\tand\r\nlines \u200F".strip());
  }

  @Test
  void shouldRefuseATimeThatHasNotHappenedYetBeyondTheLeeway() {
    String inTenMinutes = RocDates.now().plus(Duration.ofMinutes(10)).toString();

    assertThat(SubmittedValues.pastTime(inTenMinutes, "notifiedAt", "通報時間", Duration.ZERO, problems)).isNotNull();
    assertThat(SubmittedValues.pastTime(inTenMinutes, "checkedAt", "檢查時間", Duration.ofMinutes(15), problems)).isNotNull();
    assertThat(SubmittedValues.pastTime(" ", "publishedAt", "上網時間", Duration.ZERO, problems)).isNull();
    assertThat(SubmittedValues.pastTime("2016-10-19T15:10", "recoveredAt", "完成復原時間", Duration.ZERO, problems)).isNotNull();

    assertThat(problems).containsExactly(
        new FieldProblem("notifiedAt", "「通報時間」不可晚於現在。"),
        new FieldProblem("publishedAt", "請填寫「上網時間」。"));
  }

  @Test
  void shouldReadAStructuredAnswerWhateverTheClientSent() {
    assertThat(SubmittedValues.jsonTree(org.camunda.spin.Spin.JSON("[{\"id\":1}]")).get(0).get("id").asInt()).isEqualTo(1);
    assertThat(SubmittedValues.jsonTree(List.of(java.util.Map.of("id", 2))).get(0).get("id").asInt()).isEqualTo(2);
    assertThat(SubmittedValues.jsonTree(" [{\"id\":3}] ").get(0).get("id").asInt()).isEqualTo(3);
    assertThat(SubmittedValues.jsonTree(null)).isNull();
    assertThat(SubmittedValues.jsonTree("  ")).isNull();
    assertThatThrownBy(() -> SubmittedValues.jsonTree("[{\"id\":")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseImplausibleDates() {
    SubmittedValues.date("+99999-01-01", "heldOn", "開會日期", true, problems);
    SubmittedValues.date("0001-01-01", "heldOn", "開會日期", true, problems);
    SubmittedValues.instant("1911-12-31T23:00", "awareAt", "知悉時間", true, false, problems);

    assertThat(problems).extracting(FieldProblem::message).containsExactly(
        "「開會日期」須在民國 1 年至 200 年之間。", "「開會日期」須在民國 1 年至 200 年之間。", "「知悉時間」須在民國 1 年至 200 年之間。");
    assertThatThrownBy(() -> SubmittedValues.instant("+99999-01-01T00:00:00Z", true))
        .isInstanceOf(java.time.format.DateTimeParseException.class);
    assertThat(SubmittedValues.date("1912-01-01", "d", "d", true, problems)).isNotNull();
    assertThat(SubmittedValues.date("2111-12-31", "d", "d", true, problems)).isNotNull();
  }

  @Test
  void shouldThrowTheMarkedRefusalForATaskAnswer() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("progress")).thenReturn("已完成\u0000");
    when(scope.getVariable("status")).thenReturn("DONE");

    assertThatThrownBy(() -> SubmittedValues.requiredText(scope, "progress", "辦理情形", 100))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage(TaskValidationResponseFilter.mark("progress", "「辦理情形」含有不允許的控制字元。"));
    assertThatThrownBy(() -> SubmittedValues.requiredText(scope, "missing", "說明", 100))
        .hasMessage(TaskValidationResponseFilter.mark("missing", "請填寫「說明」。"));
    assertThat(SubmittedValues.choice(scope, "status", "辦理狀態", List.of("DONE"))).isEqualTo("DONE");
  }

  @Test
  void shouldStripForbiddenCharactersForDocuments() {
    assertThat(ControlCharacters.strip("a\u0000b\u202Ec\uFFFFd\uD800e\n\t😀")).isEqualTo("abcde\n\t😀");
  }
}
