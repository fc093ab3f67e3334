package tw.gov.securitymeeting.evidence;

import org.springframework.stereotype.Component;

/** 「召開資安事件應變會議」 (levels 3–4, the chair): the meeting's decisions. */
@Component("conveneResponseMeetingTask")
class ConveneResponseMeetingTask extends TextAnswerStep {

  ConveneResponseMeetingTask(EvidenceSteps steps) {
    super(steps, "meetingMinutes", "應變會議決議摘要");
  }
}
