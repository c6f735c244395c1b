package vn.kyluat.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Mart;

/**
 * docs/catalogue.md, the catalogue of every mart column: for each column of each {@link Mart}, the class that
 * defines it, the test that checks it, and the report's charts and sections that show it. The catalogue is
 * the documentation; this test holds it to the code: a column the contract lists must have a row, each file a
 * row links to must exist and name the column, and each link into docs/metrics.md must reach a heading.
 */
class CatalogueTests {
    private static final Path DOCS = Path.of("..", "docs");
    private static final String ANALYTICS_MAIN = "../analytics/src/main/java/";
    private static final String ANALYTICS_TEST = "../analytics/src/test/java/";
    private static final String REPORTS_MAIN = "../reports/src/main/java/";
    private static final String METRICS_PACKAGE = ANALYTICS_MAIN + "vn/kyluat/analytics/metrics/";
    private static final Pattern SECTION = Pattern.compile("^## `([a-z_]+)`");
    private static final Pattern COLUMN = Pattern.compile("`([a-z0-9_]+)`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)]+)\\)");
    private static final Pattern METRICS_LINK = Pattern.compile("docs/metrics\\.md#([a-z0-9-]+)");

    /** What a linked file does for the row's columns. */
    enum Role {
        DEFINES,
        TESTS,
        SHOWS
    }

    /** One row of the catalogue: its mart, columns and the files it links to. */
    record Entry(String mart, List<String> columns, List<String> links, int line) {}

    private static List<Entry> entries;
    private static Set<String> anchors;

    @BeforeAll
    static void read() throws IOException {
        entries = parse(Files.readAllLines(DOCS.resolve("catalogue.md"), StandardCharsets.UTF_8));
        anchors = Files.readAllLines(DOCS.resolve("metrics.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("#"))
                .map(CatalogueTests::anchor)
                .collect(Collectors.toSet());
    }

    static List<Entry> parse(List<String> lines) {
        List<Entry> parsed = new ArrayList<>();
        String mart = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher section = SECTION.matcher(line);
            if (section.find()) {
                mart = section.group(1);
            } else if (mart != null && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                List<String> columns = new ArrayList<>();
                Matcher column = COLUMN.matcher(cells[1]);
                while (column.find()) {
                    columns.add(column.group(1));
                }
                List<String> links = new ArrayList<>();
                Matcher link = LINK.matcher(line);
                while (link.find()) {
                    links.add(link.group(2));
                }
                parsed.add(new Entry(mart, columns, links, i + 1));
            }
        }
        return parsed;
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.replaceFirst("^#+\\s*", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    @Test
    void everyColumnOfEveryMartHasExactlyOneRow() {
        List<String> problems = new ArrayList<>();
        for (Mart mart : Mart.values()) {
            Map<String, Integer> rows = new LinkedHashMap<>();
            for (Entry entry : entries) {
                if (entry.mart().equals(mart.martName())) {
                    entry.columns().forEach(c -> rows.merge(c, 1, Integer::sum));
                }
            }
            for (String column : mart.columns()) {
                int count = rows.getOrDefault(column, 0);
                if (count != 1) {
                    problems.add(mart.martName() + "." + column + ": " + count + " rows (one expected)");
                }
            }
            Set<String> unknown = new TreeSet<>(rows.keySet());
            mart.columns().forEach(unknown::remove);
            unknown.forEach(c -> problems.add(mart.martName() + "." + c + ": not a column of the contract's mart"));
        }
        assertThat(problems).as("docs/catalogue.md against contract's Mart").isEmpty();
    }

    @Test
    void eachColumnNamesTheClassThatDefinesItAndATestThatChecksIt() {
        List<String> problems = new ArrayList<>();
        for (Entry entry : entries) {
            List<String> defining = linksUnder(entry, ANALYTICS_MAIN);
            List<String> tests = linksUnder(entry, ANALYTICS_TEST);
            if (defining.isEmpty()) {
                problems.add(where(entry) + "no defining class");
            }
            if (tests.isEmpty()) {
                problems.add(where(entry) + "no test");
            }
            for (String file : defining) {
                checkNames(entry, file, source(entry, file, problems), Role.DEFINES, problems);
            }
            for (String file : tests) {
                String test = source(entry, file, problems);
                if (test != null && !test.contains("@Test")) {
                    problems.add(where(entry) + file + " has no @Test");
                }
                checkNames(entry, file, test, Role.TESTS, problems);
            }
        }
        assertThat(problems).as("docs/catalogue.md: defining classes and tests").isEmpty();
    }

    @Test
    void theChartsAndSectionsNamedShowTheColumn() {
        List<String> problems = new ArrayList<>();
        for (Entry entry : entries) {
            for (String file : linksUnder(entry, REPORTS_MAIN)) {
                checkNames(entry, file, source(entry, file, problems), Role.SHOWS, problems);
            }
            entry.links().stream()
                    .filter(l -> !l.startsWith(ANALYTICS_MAIN)
                            && !l.startsWith(ANALYTICS_TEST)
                            && !l.startsWith(REPORTS_MAIN)
                            && !l.startsWith("metrics.md#"))
                    .forEach(l ->
                            problems.add(where(entry) + "link to neither analytics, reports nor metrics.md: " + l));
        }
        assertThat(problems).as("docs/catalogue.md: reports").isEmpty();
    }

    @Test
    void everyLinkToTheDefinitionsReachesAHeadingAndEveryMetricsClassLinksItsSection() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> metricsClasses = new TreeSet<>();
        for (Entry entry : entries) {
            for (String link : entry.links()) {
                if (link.startsWith("metrics.md#") && !anchors.contains(link.substring("metrics.md#".length()))) {
                    problems.add(where(entry) + "no heading in docs/metrics.md for " + link);
                }
                if (link.startsWith(METRICS_PACKAGE)) {
                    metricsClasses.add(link);
                }
            }
        }
        for (String file : metricsClasses) {
            Matcher link = METRICS_LINK.matcher(Files.readString(DOCS.resolve(file), StandardCharsets.UTF_8));
            if (!link.find()) {
                problems.add(file + ": its javadoc does not link its section of docs/metrics.md");
            } else if (!anchors.contains(link.group(1))) {
                problems.add(file + ": links docs/metrics.md#" + link.group(1) + ", which is no heading there");
            }
        }
        assertThat(metricsClasses).isNotEmpty();
        assertThat(problems).as("links into docs/metrics.md").isEmpty();
    }

    private static List<String> linksUnder(Entry entry, String prefix) {
        return entry.links().stream().filter(l -> l.startsWith(prefix)).toList();
    }

    /** The text of a linked file, or null (and a problem) when it does not exist. */
    private static String source(Entry entry, String link, List<String> problems) {
        Path file = DOCS.resolve(link).normalize();
        if (!link.endsWith(".java") || !Files.isRegularFile(file)) {
            problems.add(where(entry) + "no such source file: " + link);
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    /**
     * Whether {@code source} names each of the entry's columns: as a string literal, or as a constant of that
     * name in upper case (Metric.BOUNCE_RATE, Mart.QUARTER). A class that writes a whole list mart, a test of
     * it, or a report section that shows it, may name the mart instead (Mart.AT_RISK_TASKS, atRiskTasks()),
     * and a report that shows every metric may loop over Metric.values(); the metric columns of
     * org_quarter_metrics are each named by the class that defines them.
     */
    private static void checkNames(Entry entry, String file, String source, Role role, List<String> problems) {
        if (source == null) {
            return;
        }
        String martConstant = entry.mart().toUpperCase(Locale.ROOT);
        boolean namesMart = Pattern.compile("\\bMart\\." + martConstant + "\\b")
                        .matcher(source)
                        .find()
                || source.contains(camelCase(entry.mart()) + "()");
        boolean orgQuarterMetrics = entry.mart().equals(Mart.ORG_QUARTER_METRICS.martName());
        for (String column : entry.columns()) {
            boolean named = source.contains("\"" + column + "\"")
                    || Pattern.compile("\\b" + column.toUpperCase(Locale.ROOT) + "\\b")
                            .matcher(source)
                            .find();
            boolean byMart = orgQuarterMetrics ? role == Role.SHOWS && source.contains("Metric.values()") : namesMart;
            if (!named && !byMart) {
                problems.add(where(entry) + file.substring(file.lastIndexOf('/') + 1) + " does not name " + column);
            }
        }
    }

    private static String camelCase(String name) {
        StringBuilder camel = new StringBuilder();
        for (String part : name.split("_")) {
            camel.append(camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return camel.toString();
    }

    private static String where(Entry entry) {
        return "docs/catalogue.md:" + entry.line() + " (" + entry.mart() + "): ";
    }
}
