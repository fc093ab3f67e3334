package tw.gov.securitymeeting.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.gov.securitymeeting.ApplicationTest;

/** The meetings pages over HTTP: who may open them, what they show, paging, and the navigation entry. */
@ApplicationTest
class MeetingPagesTest {

  @Autowired TestRestTemplate http;
  @Autowired MeetingRegistration registration;

  @Test
  void shouldListTheMeetingsAndShowOneWithItsItemsAndTheAgendaLinks() {
    String title = "頁面測試會報 " + UUID.randomUUID();
    long id = registration.register(new ValidMeeting(title, title, LocalDate.of(2016, 10, 19), LocalDate.of(2017, 1, 18),
        List.of(new ValidMeeting.Item("提案一", ItemKind.PROPOSAL, "複核<程序>", "照案通過", List.of("planning"), null, "ethics", null,
            List.of("education"))),
        new MeetingDetails("105年第2次", java.time.LocalTime.of(15, 10), "本府4樓402會議室", "吳副縣長", "郭雅雯", "府政字第1號")),
        "ethics-clerk").id();

    ResponseEntity<String> list = page("chair", "/meetings");
    assertThat(list.getStatusCode().value()).isEqualTo(200);
    assertThat(list.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(list.getBody()).contains("<title>會議</title>", "href=\"/meetings/" + id + "\"", title, "105年第2次")
        .contains("<a href=\"/meetings\">會議</a>");

    String detail = page("ethics-clerk", "/meetings/" + id).getBody();
    assertThat(detail).contains("<title>" + title + "（105年第2次）</title>", "本府4樓402會議室", "吳副縣長", "郭雅雯", "府政字第1號",
        "/api/meetings/" + id + "/agenda-report?format=odt", "提案一", "複核&lt;程序&gt;", "教育處", "民國106年1月4日",
        "目前沒有待主席於本次會議裁示的列管事項。");
    assertThat(detail).doesNotContain("複核<程序>");
    // The secretariat gets the correction and add-item forms with every unit; the chair rules but does not correct.
    assertThat(detail).contains("id=\"correct-item\"", "id=\"add-item\"", "name=\"leadUnits\" value=\"social-affairs\"", "社會局");
    assertThat(page("chair", "/meetings/" + id).getBody()).contains("<h2>主席裁示</h2>").doesNotContain("id=\"correct-item\"");
  }

  @Test
  void shouldRefuseOtherUnitsAndAnswerUnknownMeetingsAndBadPagesCalmly() {
    assertThat(page("education-clerk", "/meetings").getStatusCode().value()).isEqualTo(403);
    assertThat(page("education-clerk", "/meetings/1").getStatusCode().value()).isEqualTo(403);
    assertThat(page("chair", "/meetings/999999999").getStatusCode().value()).isEqualTo(404);
    assertThat(page("chair", "/meetings?page=abc").getStatusCode().value()).isEqualTo(200);
    assertThat(page("chair", "/meetings?page=999999").getStatusCode().value()).isEqualTo(200);
  }

  private ResponseEntity<String> page(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
