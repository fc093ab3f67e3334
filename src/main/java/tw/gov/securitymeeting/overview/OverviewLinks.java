package tw.gov.securitymeeting.overview;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.gov.securitymeeting.system.PageLinks;

@Component
class OverviewLinks implements PageLinks {

  @Override
  public List<PageLink> pageLinks() {
    return List.of(new PageLink(10, "總覽", "/"), new PageLink(30, "統計", "/statistics"));
  }
}
