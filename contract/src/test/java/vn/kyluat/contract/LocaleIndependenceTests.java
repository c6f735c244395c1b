package vn.kyluat.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The names the stages share are ASCII and must not follow the JVM's default locale: under a Turkish
 * one, lower-casing {@code I} gives a dotless {@code ı}, and {@code org_unit} would become {@code org_unıt}.
 */
class LocaleIndependenceTests {

    @Test
    void relationNamesAndRuleCodesAreTheSameUnderATurkishDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(Relation.ORG_UNIT.tableName()).isEqualTo("org_unit");
            assertThat(Relation.INSPECTION_FINDING.tableName()).isEqualTo("inspection_finding");
            assertThat(RejectRule.MISSING_REQUIRED.code()).isEqualTo("missing_required");
            assertThat(Mart.DATA_QUALITY.columns()).contains("rejected_missing_required");
        } finally {
            Locale.setDefault(before);
        }
    }
}
