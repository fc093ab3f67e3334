package tw.gov.securitymeeting.organization;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.Resource;

/** Reads and checks the organisation YAML file; a broken file stops the start with a clear message. */
final class OrganizationFileReader {

  private OrganizationFileReader() {}

  static Organization read(Resource resource) {
    if (!resource.exists()) {
      throw new IllegalStateException("找不到組織設定檔：" + resource.getDescription());
    }
    try {
      var sources = new YamlPropertySourceLoader().load("organization", resource);
      var binder = new Binder(ConfigurationPropertySources.from(sources));
      Organization organization =
          binder
              .bind("organization", Bindable.of(Organization.class))
              .orElseThrow(
                  () -> new IllegalStateException("組織設定檔缺少 organization 區段：" + resource.getDescription()));
      check(organization, resource);
      return organization;
    } catch (IOException e) {
      throw new IllegalStateException("無法讀取組織設定檔：" + resource.getDescription(), e);
    }
  }

  private static void check(Organization org, Resource resource) {
    List<String> problems = new ArrayList<>();
    if (org.units() == null || org.units().isEmpty()) {
      problems.add("至少需要一個單位 (units)");
    }
    if (org.users() == null) {
      problems.add("缺少使用者清單 (users)");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("組織設定檔有誤（" + resource.getDescription() + "）：" + problems);
    }
    Set<String> groups = new HashSet<>();
    for (Organization.Unit unit : org.units()) {
      if (isBlank(unit.id()) || isBlank(unit.name())) {
        problems.add("單位缺少 id 或 name");
      } else if (!groups.add(unit.id())) {
        problems.add("單位重複：" + unit.id());
      }
    }
    if (isBlank(org.chairGroup())) {
      problems.add("缺少主席群組 (chair-group)");
    } else if (!groups.add(org.chairGroup())) {
      problems.add("主席群組不可與單位同名：" + org.chairGroup());
    }
    if (isBlank(org.secretariat()) || org.unit(org.secretariat()).isEmpty()) {
      problems.add("幕僚單位 (secretariat) 必須是已列出的單位");
    }
    Set<String> users = new HashSet<>();
    for (Organization.Member user : org.users()) {
      if (isBlank(user.id())) {
        problems.add("使用者缺少 id");
        continue;
      }
      if (!users.add(user.id())) {
        problems.add("使用者重複：" + user.id());
      }
      for (String group : user.groups() == null ? List.<String>of() : user.groups()) {
        if (!groups.contains(group)) {
          problems.add("使用者 " + user.id() + " 所屬群組不存在：" + group);
        }
      }
    }
    for (Organization.Unit unit : org.units()) {
      if (unit.head() != null && !users.contains(unit.head())) {
        problems.add("單位 " + unit.id() + " 的主管不在使用者清單中：" + unit.head());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("組織設定檔有誤（" + resource.getDescription() + "）：" + problems);
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
