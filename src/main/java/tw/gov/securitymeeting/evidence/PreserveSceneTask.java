package tw.gov.securitymeeting.evidence;

import org.springframework.stereotype.Component;

/** 「保全現場」: the scene-preservation record. */
@Component("preserveSceneTask")
class PreserveSceneTask extends TextAnswerStep {

  PreserveSceneTask(EvidenceSteps steps) {
    super(steps, "sceneRecord", "現場保全紀錄");
  }
}
