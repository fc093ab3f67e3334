package tw.gov.securitymeeting.overview;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.gov.securitymeeting.ApplicationTest;
import tw.gov.securitymeeting.EmbeddedPostgres;

/** ItemUnitsBackfillTest on PostgreSQL: the V16 back-fill of rows written the V1–V14 way. */
@ApplicationTest
class ItemUnitsBackfillPostgresIT extends ItemUnitsBackfillTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }
}
