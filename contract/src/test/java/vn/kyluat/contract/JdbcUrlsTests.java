package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcUrlsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
      jdbc:postgresql://127.0.0.1:5432/unit?user=u&password=S3cret          | a password= parameter
      jdbc:postgresql://127.0.0.1/unit?sslpassword=S3cret                   | a sslpassword= parameter
      jdbc:mariadb://u:S3cret@127.0.0.1:3306/unit                           | a user:password@ part
      jdbc:postgresql://u:S3cret@127.0.0.1/unit                             | a user:password@ part
      jdbc:h2:file:/data/unit;MODE=PostgreSQL;PASSWORD=S3cret               | a PASSWORD= parameter
      jdbc:sqlserver://db:1433;databaseName=unit;user=u;password=S3cret     | a password= parameter
      jdbc:sqlserver://db:1433;databaseName=unit;pwd=S3cret                 | a pwd= parameter
      jdbc:oracle:thin:scott/S3cret@db:1521:orcl                            | a user:password@ part
      """)
    void aPasswordInAUrlIsFoundAndNotEchoed(String url, String how) {
        assertThat(JdbcUrls.inlinePassword(url)).contains(how);
        assertThat(JdbcUrls.redact(url)).doesNotContain("S3cret");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:postgresql://127.0.0.1:5432/unit",
                "jdbc:postgresql://127.0.0.1:5432/unit?ApplicationName=kyluat&sslmode=require",
                "jdbc:h2:file:/data/unit;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "jdbc:oracle:thin:@//db:1521/orcl",
                "jdbc:mariadb://u@127.0.0.1/unit"
            })
    void aUrlWithoutPasswordPasses(String url) {
        assertThat(JdbcUrls.inlinePassword(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
      jdbc:postgresql://127.0.0.1:5432/unit?ApplicationName=x&password=S3cret | jdbc:postgresql://127.0.0.1:5432/unit
      jdbc:mariadb://u:S3cret@127.0.0.1:3306/unit                             | jdbc:mariadb://127.0.0.1:3306/unit
      jdbc:h2:file:/data/unit;MODE=PostgreSQL;PASSWORD=S3cret;CIPHER=AES      | jdbc:h2:file:/data/unit;MODE=PostgreSQL;CIPHER=AES
      jdbc:oracle:thin:scott/S3cret@db:1521:orcl                              | jdbc:oracle:thin:@db:1521:orcl
      """)
    void aShownUrlKeepsHostAndDatabaseOnly(String url, String shown) {
        assertThat(JdbcUrls.redact(url)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "No suitable driver found for jdbc:postgresql://h/unit?password=S3cret",
                "cannot connect to 'jdbc:mariadb://u:S3cret@h/unit': refused"
            })
    void aUrlQuotedInsideAMessageIsRedacted(String message) {
        assertThat(JdbcUrls.redactIn(message)).doesNotContain("S3cret").contains("/unit");
    }
}
