package tw.gov.securitymeeting.specialperiod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tw.gov.securitymeeting.system.SubmittedValues;

/**
 * Seed 004 as data: 臺東縣政府111年加強重要節日(春節)期間專案安全維護實施計畫, 111-01-24 to 111-02-07, all 17
 * measures of 叁、重點措施 with plausible 業管單位 of the demo organisation.
 */
final class Seed004 {

  static final String TITLE = "臺東縣政府111年加強重要節日(春節)期間專案安全維護實施計畫";
  static final String START = "2022-01-24";
  static final String END = "2022-02-07";

  record Measure(String area, String text, List<String> units) {}

  static final List<Measure> MEASURES = List.of(
      new Measure("SECRECY", "加強宣導保密規定，公務機密非經權責主管人員核准，不得複製及攜出辦公處所，並要求機關員工切勿將機敏公文存於隨身碟攜回家中辦理。", List.of("ethics")),
      new Measure("SECRECY", "加強宣導國家機密保護法之維護規定及罰則，以增進機關員工保密觀念。", List.of("ethics")),
      new Measure("SECRECY", "實施公文收發、檔案管理稽核抽查作業，並針對機密文書傳遞過程可能產生疏漏環節，加強維護措施。", List.of("administration", "ethics")),
      new Measure("SECRECY", "協助機關強化資通安全管理，並就電腦週邊設備實施保密檢查，加強資安宣導及檢測。", List.of("planning", "ethics")),
      new Measure("SECRECY", "協請機關資訊部門加強委外廠商之監督，並注意連續假日期間電腦機房門禁管制措施及監視設備是否正常。", List.of("planning")),
      new Measure("SECRECY", "遇有重大資安異常案件，應通報臺東縣調查站，並循行政院國家資通安全會報資安事件通報應變作業流程辦理。", List.of("planning", "ethics")),
      new Measure("SECRECY", "遇有重大疑似洩漏國家機密或一般公務機密案件，應立即查明洩密管道，迅謀補救，防堵危害擴大。", List.of("ethics")),
      new Measure("SECURITY", "評估機關安全狀況，協調機關事務或業管單位，訂定周全計畫或執行細項，強化機關安全維護等措施。", List.of("ethics", "administration")),
      new Measure("SECURITY", "針對易為恐怖攻擊破壞目標，協請機關業管單位強化安全維護措施及辦理消防、反恐講習或演練。", List.of("construction", "administration")),
      new Measure("SECURITY", "預先執行機關設施安全狀況檢查，先期發掘潛存危安漏洞，迅謀改善。", List.of("administration", "construction")),
      new Measure("SECURITY", "針對機關內重要設施加強門禁管理，檢視監視系統監視範圍、清晰度及消防設備，並請警衛（保全）人員加強值勤巡查。", List.of("administration")),
      new Measure("SECURITY", "春節期間加強與機關值勤（保全）人員、轄區警察機關、調查機關保持暢通聯繫管道，適時掌握危安及預警情資。", List.of("administration", "ethics")),
      new Measure("SECURITY", "遇有國家元首、副元首及國賓蒞臨，應全力配合警衛安全措施，並協助蒐報危安預警資料。", List.of("administration")),
      new Measure("SECURITY", "協助提報違反國家安全法第2條之1情事，危害國家安全情資通報臺東縣調查站，危害社會公共秩序之資料通報轄區警察機關。", List.of("ethics")),
      new Measure("SECURITY", "密切防範假冒身分至機關內施行詐騙案件，並加強對機關員工宣導。", List.of("social-affairs", "ethics")),
      new Measure("OTHER", "適時提醒員工赴陸有關之風險，以提升員工危機意識，防範員工因遭受威脅而致生洩密之情事發生。", List.of("all")),
      new Measure("OTHER", "協助掌握來臺參訪大陸人士之違常活動，適時通知有關機關處理。", List.of("education", "ethics")));

  static final String MISSION = "為防範春節期間發生危安或偶突發事件，並減輕事件發生後之損害程度，確實維護公務機密與機關安全。";
  static final String NOTES = "一、本項任務為機關整體性工作，請各單位主管督促所屬群策群力、認真執行。\n二、機關值日人員應提前到勤，克盡職責，經常巡視機關內外周邊環境。";
  static final String COORDINATION = "一、機關內部安全維護由機關內有關單位共同執行。\n二、機關外圍安全維護及外來衝擊之防制，請協調治安單位支援或處理。";
  static final String CONTACTS = "臺東縣政府政風處第三科：總機（089）326141轉539；直撥（089）320247、322003；傳真（089）311196";

  private Seed004() {}

  static List<Map<String, Object>> measures() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Measure m : MEASURES) {
      list.add(Map.of("area", m.area(), "text", m.text(), "units", m.units()));
    }
    return list;
  }

  /** The start variables of the plan, as the start form sends them. */
  static Map<String, Object> startVariables() {
    Map<String, Object> v = new HashMap<>();
    v.put("title", TITLE);
    v.put("occasion", "春節");
    v.put("startDate", START);
    v.put("endDate", END);
    v.put("mission", MISSION);
    v.put("measures", SubmittedValues.json(measures()));
    v.put("notes", NOTES);
    v.put("coordination", COORDINATION);
    v.put("contacts", CONTACTS);
    return v;
  }

  /** The plan as JSON for POST /api/special-periods. */
  static String json() throws Exception {
    Map<String, Object> v = new HashMap<>(startVariables());
    v.put("measures", measures());
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(v);
  }
}
