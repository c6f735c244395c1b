package vn.kyluat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.ConfigNode;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.RejectRule;
import vn.kyluat.contract.Relation;

class SampleProvinceGeneratorTests {
    private static final ProvinceSize SIZE = new ProvinceSize(5, 8, 40, 4, 1500, 2);

    @TempDir
    static Path first;

    @TempDir
    static Path second;

    @TempDir
    static Path otherSeed;

    private static SampleProvinceGenerator.Result result;
    private static String expectedJson;

    @BeforeAll
    static void generateTwiceAndOnceWithAnotherSeed() throws Exception {
        result = generate(SIZE, first, 2);
        generate(SIZE, second, 1);
        generate(new ProvinceSize(6, 8, 40, 4, 1500, 2), otherSeed, 2);
        expectedJson = Files.readString(first.resolve("units/expected.json"));
    }

    private static JsonNode expected() {
        try {
            return new ObjectMapper().readTree(expectedJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SampleProvinceGenerator.Result generate(ProvinceSize size, Path workspace, int threads)
            throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return SampleProvinceGenerator.generate(
                size, workspace, new UnitTargets(workspace, null, "unused_"), threads, quiet);
    }

    @Test
    void thePipelineConfigurationListsEverySource() {
        List<ConfigNode> sources = ConfigNode.load(first.resolve("pipeline.yaml"))
                .require("sources")
                .list();
        assertThat(sources)
                .extracting(s -> s.requireText("id"))
                .containsExactly("registry", "unit-a", "unit-b", "unit-c", "unit-csv");
        assertThat(sources)
                .extracting(s -> s.requireText("type"))
                .containsExactly("jdbc", "jdbc", "jdbc", "jdbc", "csv");
        assertThat(sources.get(0).require("registry").booleanValue()).isTrue();
        assertThat(sources.get(1).requireText("url"))
                .startsWith("jdbc:h2:file:" + first.resolve("units/unit-a"))
                .contains("MODE=PostgreSQL");
        assertThat(sources.get(1).requireText("user")).isEqualTo("sa");
        assertThat(first.resolve(sources.get(4).requireText("path"))).isDirectory();
    }

    @Test
    void everyDatabaseUnitHoldsTheContractColumnsAndTheRowsTheTruthCounts() throws Exception {
        for (String unit : List.of("registry", "unit-a", "unit-b", "unit-c")) {
            try (Connection connection = h2(first, unit)) {
                for (Relation relation : result.truth().relationsBySource().get(unit)) {
                    try (Statement statement = connection.createStatement();
                            ResultSet rows = statement.executeQuery("SELECT * FROM " + relation.tableName())) {
                        ResultSetMetaData meta = rows.getMetaData();
                        List<String> columns = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            columns.add(meta.getColumnName(i));
                        }
                        assertThat(columns)
                                .as(unit + "." + relation.tableName())
                                .containsExactlyElementsOf(relation.columnNames());
                        long count = 0;
                        while (rows.next()) {
                            count++;
                        }
                        assertThat(count)
                                .as(unit + "." + relation.tableName())
                                .isEqualTo(result.truth().rows(unit, relation))
                                .isPositive();
                    }
                }
            }
        }
    }

    @Test
    void theCsvUnitIsAnExcelExportWithDayMonthYearDates() throws Exception {
        Path folder = first.resolve("units/unit-csv");
        for (Relation relation :
                List.of(Relation.TASK, Relation.TASK_EVENT, Relation.DISCIPLINE_ACTION, Relation.INSPECTION_FINDING)) {
            byte[] bytes = Files.readAllBytes(folder.resolve(relation.tableName() + ".csv"));
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8)
                    .substring(1)
                    .lines()
                    .toList();
            assertThat(lines.get(0).split(",")).containsExactlyInAnyOrderElementsOf(relation.columnNames());
            assertThat(lines.get(0)).isNotEqualTo(String.join(",", relation.columnNames()));
            assertThat(lines).hasSize((int) result.truth().rows("unit-csv", relation) + 1);
        }
        String tasks = Files.readString(folder.resolve("task.csv"));
        assertThat(tasks)
                .containsPattern(",\\d{2}/\\d{2}/20\\d{2},")
                .containsPattern(",20\\d{2}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2},");
        assertThat(tasks).doesNotContainPattern("\\+07|Z,");
    }

    @Test
    void everyRejectRuleIsPlantedAndCountedInExpectedJson() {
        Map<String, Integer> byRule = new HashMap<>();
        expected()
                .get("rejected_by_rule")
                .properties()
                .forEach(e -> byRule.put(e.getKey(), e.getValue().asInt()));
        assertThat(byRule.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(RejectRule.values()).map(RejectRule::code).toList());
        assertThat(byRule.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(1));
        // per source: 2 of each rule in each task unit, MALFORMED_VALUE only in the CSV unit
        int perTaskUnit = 2 * (RejectRule.values().length - 1);
        for (String unit : List.of("unit-a", "unit-b", "unit-c")) {
            assertThat(Arrays.stream(Relation.values())
                            .mapToInt(r -> result.truth().rejected(unit, r))
                            .sum())
                    .isEqualTo(perTaskUnit);
        }
        assertThat(Arrays.stream(Relation.values())
                        .mapToInt(r -> result.truth().rejected("unit-csv", r))
                        .sum())
                .isEqualTo(perTaskUnit + 2);
        assertThat(byRule.get("malformed_value")).isEqualTo(2);
    }

    @Test
    void thePlantedRecordsAreInTheUnits() throws Exception {
        String csvTasks = Files.readString(first.resolve("units/unit-csv/task.csv"));
        String csvEvents = Files.readString(first.resolve("units/unit-csv/task_event.csv"));
        long malformed = Pattern.compile("15/13/2025|2025-07-32T|Q2/2025|32/05/2025")
                .matcher(csvTasks
                        + csvEvents
                        + Files.readString(first.resolve("units/unit-csv/inspection_finding.csv"))
                        + Files.readString(first.resolve("units/unit-csv/discipline_action.csv")))
                .results()
                .count();
        assertThat(malformed).isEqualTo(2);
        int future = 0;
        int duplicates = 0;
        for (String unit : List.of("unit-a", "unit-b", "unit-c")) {
            try (Connection connection = h2(first, unit);
                    Statement statement = connection.createStatement()) {
                future += count(
                        statement,
                        "SELECT COUNT(*) FROM task_event WHERE occurred_at >= TIMESTAMP WITH TIME ZONE '2099-01-01 00:00:00+07'");
                duplicates += count(statement, "SELECT COUNT(*) - COUNT(DISTINCT task_code) FROM task");
                assertThat(count(statement, "SELECT COUNT(*) - COUNT(DISTINCT event_id) FROM task_event"))
                        .isZero();
            }
        }
        assertThat(future).isEqualTo(6);
        assertThat(duplicates).isEqualTo(6);
    }

    @Test
    void theMergedOrganisationIsInTheRegistryWithItsSuccessor() throws Exception {
        Merger merger = result.province().tree().merger();
        try (Connection connection = h2(first, "registry");
                Statement statement = connection.createStatement();
                ResultSet row =
                        statement.executeQuery("SELECT valid_to, successor_code FROM org_unit WHERE org_code = '"
                                + merger.absorbedCode() + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getObject(1, java.time.LocalDate.class))
                    .isEqualTo(merger.mergeDay().minusDays(1));
            assertThat(row.getString(2)).isEqualTo(merger.absorberCode());
        }
        assertThat(expected().at("/merged_org/org_code").asText()).isEqualTo(merger.absorbedCode());
        assertThat(expected().at("/merged_org/successor_code").asText()).isEqualTo(merger.absorberCode());
    }

    @Test
    void overlappingReferencesNameSeveralLeadUnits() {
        for (PlannedOverlap overlap : result.province().overlaps()) {
            JsonNode entry = null;
            for (JsonNode candidate : expected().get("overlapping_origin_refs")) {
                if (candidate.get("normalized").asText().equals(overlap.normalizedRef())) {
                    entry = candidate;
                }
            }
            assertThat(entry).as(overlap.normalizedRef()).isNotNull();
            List<String> leads = new ArrayList<>();
            entry.get("tasks")
                    .forEach(task -> leads.add(task.get("lead_org_code").asText()));
            assertThat(leads).hasSize(overlap.members().size()).doesNotHaveDuplicates();
        }
        assertThat(result.province().overlaps())
                .anyMatch(o -> o.members().stream()
                                .map(PlannedOverlap.Member::unitId)
                                .distinct()
                                .count()
                        == 1);
    }

    @Test
    void theSameSeedGivesTheSameDataByteForByteAndRowForRowWhateverTheThreads() throws Exception {
        assertThat(Files.readString(second.resolve("units/expected.json"))).isEqualTo(expectedJson);
        for (Relation relation : result.truth().relationsBySource().get("unit-csv")) {
            String file = "units/unit-csv/" + relation.tableName() + ".csv";
            assertThat(Files.readAllBytes(second.resolve(file))).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        for (String unit : List.of("registry", "unit-a", "unit-b", "unit-c")) {
            for (Relation relation : result.truth().relationsBySource().get(unit)) {
                assertThat(dump(second, unit, relation))
                        .as(unit + "." + relation.tableName())
                        .isEqualTo(dump(first, unit, relation));
            }
        }
    }

    @Test
    void anotherSeedGivesOtherData() throws Exception {
        assertThat(Files.readString(otherSeed.resolve("units/expected.json"))).isNotEqualTo(expectedJson);
        assertThat(dump(otherSeed, "unit-a", Relation.TASK)).isNotEqualTo(dump(first, "unit-a", Relation.TASK));
    }

    @Test
    void plantedHeavyBacklogPersonsCompleteNothingAndCarryManyOverdueTasks() {
        JsonNode planted = expected().get("planted_persons");
        assertThat(planted.get("heavy_backlog")).hasSize(PlantedPersons.HEAVY_BACKLOG_PERSONS);
        for (JsonNode person : planted.get("heavy_backlog")) {
            JsonNode quarters = planted.at("/figures/" + person.asText());
            assertThat(sum(quarters, "done_on_time") + sum(quarters, "done_late"))
                    .as(person.asText())
                    .isZero();
            assertThat(quarters.get(result.province()
                                    .calendar()
                                    .quarters()
                                    .get(3)
                                    .toString())
                            .get("backlog_overdue")
                            .asLong())
                    .as("overdue tasks of " + person.asText() + " at the last quarter's end")
                    .isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void thePlantedHeadCompletesEveryTaskLate() {
        JsonNode planted = expected().get("planted_persons");
        JsonNode quarters =
                planted.at("/figures/" + planted.at("/late_head/person_code").asText());
        assertThat(sum(quarters, "done_late")).isPositive();
        assertThat(sum(quarters, "done_on_time")).isZero();
        quarters.forEach(q -> assertThat(q.get("role").asText()).isEqualTo("head"));
    }

    @Test
    void theMoverHasTwoStaffRowsInTheRegistryAndCountsInEachUnitOnTheQuartersLastDay() throws Exception {
        JsonNode mover = expected().at("/planted_persons/mover");
        String person = mover.get("person_code").asText();
        LocalDate movedOn = LocalDate.parse(mover.get("moved_on").asText());
        List<String> rows = new ArrayList<>();
        try (Connection connection = h2(first, "registry");
                Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery("SELECT org_code, valid_from, valid_to FROM staff WHERE person_code = '"
                                + person + "' ORDER BY valid_from")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .startsWith(mover.get("from_org_code").asText())
                .endsWith(movedOn.minusDays(1).toString());
        assertThat(rows.get(1)).isEqualTo(mover.get("to_org_code").asText() + " " + movedOn + " null");
        JsonNode quarters = expected().at("/planted_persons/figures/" + person);
        assertThat(quarters.properties())
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.getValue().get("org_code").asText())
                        .isEqualTo(
                                Quarter.parse(q.getKey()).lastDay().isBefore(movedOn)
                                        ? mover.get("from_org_code").asText()
                                        : mover.get("to_org_code").asText()));
        assertThat(quarters.properties())
                .extracting(q -> q.getValue().get("org_code").asText())
                .contains(
                        mover.get("from_org_code").asText(),
                        mover.get("to_org_code").asText());
    }

    @Test
    void assigneesAreStaffOfTheLeadUnit() throws Exception {
        Map<String, Set<String>> unitsOfPerson = new HashMap<>();
        try (Connection connection = h2(first, "registry");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT person_code, org_code FROM staff")) {
            while (rs.next()) {
                unitsOfPerson
                        .computeIfAbsent(rs.getString(1), p -> new HashSet<>())
                        .add(rs.getString(2));
            }
        }
        int assigned = 0;
        int ofTheLead = 0;
        try (Connection connection = h2(first, "unit-a");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT assignee_code, lead_org_code FROM task WHERE assignee_code IS NOT NULL")) {
            while (rs.next()) {
                assigned++;
                ofTheLead +=
                        unitsOfPerson.getOrDefault(rs.getString(1), Set.of()).contains(rs.getString(2)) ? 1 : 0;
            }
        }
        // planted bad records (unknown org codes and the like) are the only exceptions
        assertThat(assigned).isPositive();
        assertThat(ofTheLead).isGreaterThan(assigned * 99 / 100);
    }

    private static long sum(JsonNode quarters, String figure) {
        long sum = 0;
        for (JsonNode quarter : quarters) {
            sum += quarter.get(figure).asLong();
        }
        return sum;
    }

    private static Connection h2(Path workspace, String unit) throws Exception {
        return DriverManager.getConnection(
                H2Sink.readUrl(workspace.resolve("units").resolve(unit)), "sa", "");
    }

    private static int count(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> dump(Path workspace, String unit, Relation relation) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = h2(workspace, unit);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + relation.tableName())) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= relation.columns().size(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
