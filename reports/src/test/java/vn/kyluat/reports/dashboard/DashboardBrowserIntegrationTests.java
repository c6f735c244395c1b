package vn.kyluat.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.kyluat.contract.Metric;
import vn.kyluat.contract.Quarter;
import vn.kyluat.reports.ProvinceFixture;
import vn.kyluat.reports.ReportsMain;
import vn.kyluat.reports.drill.DrillList;
import vn.kyluat.reports.marts.Marts;
import vn.kyluat.reports.marts.OrgKind;
import vn.kyluat.reports.marts.OrgQuarter;

/**
 * The dashboard in a real browser: Debian's headless Chromium through its chromedriver (ops test
 * installs both), the page opened from file:// with the network off-limits by construction.
 */
class DashboardBrowserIntegrationTests {
    static final Quarter QUARTER = ProvinceFixture.QUARTER;
    static final int DAYS_OVERDUE_COLUMN = 6;

    @TempDir
    static Path workspace;

    static Marts marts;
    static Path page;
    static WebDriver browser;

    @BeforeAll
    static void renderAndOpenABrowser() throws IOException {
        ProvinceFixture.copyTo(workspace);
        Files.writeString(workspace.resolve("pipeline.yaml"), "marts: marts\nreports: out\n");
        assertThat(ReportsMain.commandLine()
                        .execute(
                                "report",
                                "--config",
                                workspace.resolve("pipeline.yaml").toString()))
                .isZero();
        marts = Marts.load(workspace.resolve("marts").toString(), w -> {});
        page = workspace.resolve("out").resolve(QUARTER.toString()).resolve("index.html");

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectories(workspace.resolve("chromium-profile")));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPartyCellsOverdueTasksAreItsBacklogSortableAndFilterableAndNothingLeftTheMachine() {
        OrgQuarter cell = ownRowsOfCells().stream()
                .max(Comparator.comparingLong(r -> r.count(Metric.BACKLOG_OVERDUE)))
                .orElseThrow();
        long backlog = cell.count(Metric.BACKLOG_OVERDUE);
        assertThat(backlog).as("a cell with tasks to sort").isGreaterThan(2);

        browser.get(page.toUri().toString());
        browser.findElement(By.id("dash-unit-filter")).sendKeys(cell.orgCode());
        browser.findElement(By.cssSelector("#dash-nav a[data-unit='" + cell.orgCode() + "']"))
                .click();
        waitFor(() -> browser.findElement(By.id("dash-unit")).getText().contains(cell.orgCode()));
        browser.findElement(By.cssSelector("button.dash-figure[data-figure='backlog_overdue'][data-scope='own']"))
                .click();
        waitFor(() -> browser.findElement(By.id("dash-tasks-title")).getText().contains(cell.orgName()));

        List<WebElement> rows = taskRows();
        assertThat(rows).hasSize((int) backlog);
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).contains(cell.orgCode()));

        header(DAYS_OVERDUE_COLUMN).click();
        assertThat(daysOverdue()).hasSize((int) backlog).isSorted();
        header(DAYS_OVERDUE_COLUMN).click();
        assertThat(daysOverdue()).isSortedAccordingTo(Comparator.reverseOrder());

        String oldest = taskRows().get(0).findElement(By.tagName("td")).getText();
        browser.findElement(By.cssSelector("#dash-tasks .dash-filter")).sendKeys(oldest);
        assertThat(taskRows())
                .hasSize(1)
                .first()
                .satisfies(r -> assertThat(r.getText()).startsWith(oldest));
        assertThat(browser.findElement(By.cssSelector("#dash-tasks .dash-count"))
                        .getAttribute("data-count"))
                .isEqualTo("1");

        List<Request> requests = requests();
        assertThat(requests)
                .as("the page's scripts were loaded")
                .anyMatch(r -> r.url().endsWith("dashboard/data.js"));
        assertThat(requests)
                .filteredOn(r -> r.document().startsWith("file:"))
                .extracting(Request::url)
                .allMatch(u -> u.startsWith("file:"), "the page asked for file: URLs only");
        assertThat(requests)
                .extracting(Request::url)
                .noneMatch(
                        u -> u.matches("(?i)(https?|wss?|ftp):.*"),
                        "no request for the network, from the page or the browser");
    }

    @Test
    void eachFigureOfAPartyCellOpensTheListBehindItAsLongAsTheFigure() {
        List<DrillList> opened = java.util.Arrays.stream(DrillList.values())
                .filter(l -> l.figure() != null)
                .toList();
        OrgQuarter cell = ownRowsOfCells().stream()
                .max(Comparator.comparingLong(
                        r -> opened.stream().filter(l -> count(r, l) > 0).count()))
                .orElseThrow();
        assertThat(opened)
                .as("a cell with tasks behind all its figures but one at most")
                .filteredOn(l -> count(cell, l) == 0)
                .hasSizeLessThan(2);

        browser.get(page.toUri().toString());
        browser.findElement(By.cssSelector("#dash-nav a[data-unit='" + cell.orgCode() + "']"))
                .click();
        waitFor(() -> browser.findElement(By.id("dash-unit")).getText().contains(cell.orgCode()));
        for (DrillList list : opened) {
            browser.findElement(By.cssSelector(
                            "button.dash-figure[data-figure='" + list.figure().column() + "'][data-scope='own']"))
                    .click();
            waitFor(() -> list.id()
                    .equals(browser.findElement(By.cssSelector(".dash-tabs button[aria-selected='true']"))
                            .getAttribute("data-list")));
            assertThat(taskRows()).as("%s of %s", list.id(), cell.orgCode()).hasSize((int) count(cell, list));
        }
    }

    private static long count(OrgQuarter row, DrillList list) {
        return list.explains().stream().mapToLong(row::count).sum();
    }

    private static List<OrgQuarter> ownRowsOfCells() {
        return marts.metrics().stream()
                .filter(r -> r.quarter().equals(QUARTER) && !r.isSubtree() && r.orgKind() == OrgKind.PARTY_CELL)
                .toList();
    }

    private static List<WebElement> taskRows() {
        return browser.findElements(By.cssSelector("#dash-tasks-table tbody tr"));
    }

    private static WebElement header(int column) {
        return browser.findElements(By.cssSelector("#dash-tasks-table thead th"))
                .get(column);
    }

    private static List<Integer> daysOverdue() {
        return taskRows().stream()
                .map(r -> Integer.parseInt(r.findElements(By.tagName("td"))
                        .get(DAYS_OVERDUE_COLUMN)
                        .getText()
                        .replaceAll("\\D", "")))
                .toList();
    }

    /**
     * Waits until the condition holds; the page re-renders its tabs and tables on each click, so an element
     * found a moment before may be gone when read: that counts as "not yet", not as a failure.
     */
    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    /** A URL the browser asked for and the document that asked (the browser's own pages are chrome: documents). */
    record Request(String document, String url) {}

    /** Every request of the DevTools network events in the performance log. */
    private static List<Request> requests() {
        Pattern url = Pattern.compile("\"request\":\\{.*?\"url\":\"([^\"]*)\"");
        Pattern document = Pattern.compile("\"documentURL\":\"([^\"]*)\"");
        return browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("\"Network.requestWillBeSent\""))
                .map(m -> new Request(first(document, m), first(url, m)))
                .toList();
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }
}
