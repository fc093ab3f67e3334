package tw.gov.securitymeeting.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Meetings for tests; every call gives a new title so tests never collide. */
public final class FollowUpFixtures {

  private FollowUpFixtures() {}

  public static ValidMeeting meeting(ValidMeeting.Item... items) {
    return new ValidMeeting("測試會報 " + UUID.randomUUID(), LocalDate.of(2016, 10, 19), LocalDate.of(2017, 1, 18), List.of(items));
  }

  public static ValidMeeting.Item item(String number, String... units) {
    return new ValidMeeting.Item(number, ItemKind.RESOLUTION, "案由" + number, "請" + String.join("、", units) + "辦理", List.of(units), null);
  }
}
