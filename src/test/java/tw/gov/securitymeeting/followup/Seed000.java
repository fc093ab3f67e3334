package tw.gov.securitymeeting.followup;

import java.util.List;

/**
 * The four earlier resolutions reported at 嘉義縣政府 105 年安全維護會報 (seed 000, 貳), with their
 * lead units, progress reports and the chair's rulings, as the minutes give them.
 */
final class Seed000 {

  record Resolution(String number, String subject, List<String> units, String progress) {}

  static final String ALL_UNITS_TEXT = "本府各處暨所屬各機關";

  static final List<Resolution> RESOLUTIONS = List.of(
      new Resolution("一",
          "有關頂樓原先設置垃圾桶及定期清潔執行結果成效不彰，請行政處以循序漸進方式加強宣導及研擬相關辦法，如仍有同仁未依規定，即依相關研擬辦法處理。",
          List.of("administration"), "已定期派清潔人員清理並加強宣導。"),
      new Resolution("二",
          "使用 Line 傳送重要資料時，必須謹慎，請本府相關業管單位研議或開發新公務用 Line 群組及其使用規範，進而可避免使用非公務用即時通訊軟體，而造成公務機密資料外洩之疑慮。",
          List.of("all"),
          "一、本府綜合規劃處於 104 年 11 月以府函知本府各處暨所屬各機關，確實遵守「即時通訊軟體參考指引」，凡不應使用即時通訊軟體傳遞之資料(訊)類型，即應禁止傳遞。二、本府及所屬各機關均於會議上宣導公務機密維護之相關規定。"),
      new Resolution("三",
          "有關本府同仁未於下班後將所使用之電腦予以關機，恐導致有心人士趁機竊取本府同仁間重要公務機密，進而影響本府資訊及公務機密之安全，請政風處仍賡續抽查或相關督導。",
          List.of("all"),
          "一、本府及所屬各機關於下班前均以廣播提醒同仁應關閉電腦。二、政風處業於 105 年 1 月份及 10 月份會同行政處庶務科辦理於下班後進行機關門禁設備及各處室電腦關閉情形等檢查。"),
      new Resolution("四",
          "有關公務員進入大陸地區需辦理赴陸申請手續，乙節，請本府政風處向上反映及詢問目前兩岸已經屬於開放情況，公務人員赴陸仍是否需申請？",
          List.of("ethics"),
          "一、本處經詢內政部移民署復以：公務員進入大陸地區應依「臺灣地區與大陸地區人民關係條例」及該條例授權訂定之相關許可辦法辦理。二、申請進入大陸地區之現職人員，應填具進入大陸地區申請表及檢附必要佐證資料，並詳閱公務員及特定身分人員進入大陸地區注意事項後簽章；該員於返臺上班後一星期內，應填具赴大陸地區返臺意見反映表，送交所屬機關（構）備查。"));

  /** 主席裁示 一：決議事項第四點繼續列管，其餘准予備查。 */
  static final String INSTRUCTION_FOR_FOUR =
      "有關公務員進入大陸地區需辦理赴陸申請手續部分，請本府政風處暨各政風機構加強宣導同仁應依相關規定辦理赴大陸地區之申請手續。";

  private Seed000() {}
}
