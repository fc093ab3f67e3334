package tw.gov.securitymeeting.publication;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import tw.gov.securitymeeting.organization.FilterColumns;
import tw.gov.securitymeeting.publication.scan.Finding;

/** What people read: the review form's read-only texts (findings, attachments) and the Tasklist columns. */
final class PublicationTexts {

  static final String SOURCE = "上網公告複核";

  private PublicationTexts() {}

  /** A notice's task in Tasklist: its title as the description, and 案由, 來源 and 單位 in the filters. */
  static void describe(DelegateTask task) {
    task.setDescription((String) task.getVariable("title"));
    FilterColumns.set(task, task.getVariable("title"), SOURCE, task.getVariable("unitName"));
  }

  static String findings(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "自動檢查未發現個人資料、隱藏內容或無法讀取的附件。";
    }
    StringBuilder text = new StringBuilder("自動檢查發現 " + findings.size() + " 項（摘錄已遮罩）：\n");
    int n = 1;
    for (Finding f : findings) {
      text.append(n++).append(". 【").append(f.label()).append("】").append(f.where());
      if (!f.excerpt().isEmpty()) {
        text.append("：").append(f.excerpt());
      }
      if (f.kind().blocksApproval()) {
        text.append("（須填寫放行理由才能核可）");
      }
      text.append('\n');
    }
    return text.toString().strip();
  }

  static String attachments(List<PublicationRepository.AttachmentRow> attachments) {
    if (attachments.isEmpty()) {
      return "（無附件）";
    }
    StringBuilder text = new StringBuilder();
    for (PublicationRepository.AttachmentRow a : attachments) {
      text.append("・").append(a.filename()).append("（").append(size(a.size())).append("）\n");
    }
    return text.toString().strip();
  }

  private static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " 位元組";
    }
    if (bytes < 1024 * 1024) {
      return (bytes / 1024) + " KB";
    }
    return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
