package tw.gov.securitymeeting.overview;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.EmbeddedPostgres;

/** ItemUnitsTest on PostgreSQL: the unit rows through an item's rounds. */
@ApplicationTest
class ItemUnitsPostgresIT extends ItemUnitsTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }
}
