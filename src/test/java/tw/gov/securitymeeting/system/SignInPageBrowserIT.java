package tw.gov.securitymeeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.context.annotation.Import;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.TasklistBrowser;

/**
 * One sign-in in a real browser: the Chinese sign-in page signs in to the webapps' session, opens the page asked for,
 * and Tasklist then needs no second sign-in; a wrong password is told in Chinese; sign-out ends both.
 */
@ApplicationTest
@Import({PageShellTest.ShellPage.class, PageShellTest.ShellLinks.class})
class SignInPageBrowserIT {

  @RegisterExtension static final TasklistBrowser browser = new TasklistBrowser();

  @Test
  void shouldSignInOnceForThePagesAndTasklist() {
    browser.open("/shell-test?from=mail");
    WebElement form = browser.visible(By.id("sign-in-form"));
    form.findElement(By.name("username")).sendKeys("nobody-here");
    form.findElement(By.name("password")).sendKeys("wrong");
    browser.click(form.findElement(By.cssSelector("button[type=submit]")));
    browser.await().until(ExpectedConditions.textToBe(By.id("sign-in-result"), "帳號或密碼不正確，請再試一次。"));

    form.findElement(By.name("username")).clear();
    form.findElement(By.name("username")).sendKeys("chair");
    form.findElement(By.name("password")).clear();
    form.findElement(By.name("password")).sendKeys("demo");
    browser.click(form.findElement(By.cssSelector("button[type=submit]")));
    browser.visible(By.xpath("//main[normalize-space(.) = '內容在此']"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/shell-test?from=mail");
    assertThat(browser.visible(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("測試頁");
    assertThat(browser.driver().findElement(By.cssSelector("header.site .signed-in span")).getText()).isEqualTo("吳副縣長");

    // Tasklist opens with the same session: its filters, no sign-in form.
    browser.open("/camunda/app/tasklist/");
    browser.visible(By.cssSelector("[cam-tasklist-filters] .task-filter"));

    browser.open("/shell-test");
    browser.click(browser.visible(By.id("sign-out")));
    browser.visible(By.id("sign-in-form"));
    browser.open("/shell-test");
    browser.visible(By.id("sign-in-form"));
    List<WebElement> names = browser.driver().findElements(By.cssSelector("header.site .signed-in span"));
    assertThat(names).isEmpty();
  }
}
