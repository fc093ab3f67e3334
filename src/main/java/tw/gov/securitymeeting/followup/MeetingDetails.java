package tw.gov.securitymeeting.followup;

import java.time.LocalTime;

/**
 * What the minutes print about a meeting besides its title and date: 次別 (e.g. 「105年第2次」),
 * the time it began, 地點, 主席, 記錄 and an optional 文號. Every one may be empty (meetings
 * registered before these fields existed).
 */
public record MeetingDetails(String session, LocalTime time, String place, String chair, String recorder, String documentNumber) {

  static final MeetingDetails NONE = new MeetingDetails(null, null, null, null, null, null);
}
