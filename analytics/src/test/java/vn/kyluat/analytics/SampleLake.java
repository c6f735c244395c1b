package vn.kyluat.analytics;

import static vn.kyluat.analytics.lake.TestLake.event;
import static vn.kyluat.analytics.lake.TestLake.org;
import static vn.kyluat.analytics.lake.TestLake.reject;
import static vn.kyluat.analytics.lake.TestLake.rows;
import static vn.kyluat.analytics.lake.TestLake.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import vn.kyluat.analytics.lake.TestLake;
import vn.kyluat.contract.Relation;
import vn.kyluat.contract.Zone;

/**
 * A small province as the etl stage would leave it: a registry and two unit systems, one finished
 * run whose third source failed, the rejects of that run and of a run killed before its manifest.
 * Tasks run from 2024Q1 to 2024-11 (so the default quarters are 2024Q1 to 2024Q3); two systems
 * give one origin_ref to different lead units, and one task has no lead unit.
 */
public final class SampleLake {
    public static final String FINISHED_RUN = "20241126-010000";
    public static final int DATA_QUALITY_ROWS = 4;
    public static final int REJECTS_OF_FINISHED_RUN = 3;

    private SampleLake() {}

    private static Object[] withOriginRef(Object[] task, String originRef) {
        task[Relation.TASK.columnNames().indexOf("origin_ref")] = originRef;
        return task;
    }

    public static TestLake write(SparkSession spark, String root) {
        Instant start = Instant.parse("2024-01-10T02:00:00Z");
        List<Object[]> tasksA = new ArrayList<>();
        List<Object[]> tasksB = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Instant assigned = start.plusSeconds(i * 9L * 86_400);
            LocalDate due = Zone.localDate(assigned).plusDays(20 + i % 7);
            (i % 2 == 0 ? tasksA : tasksB)
                    .add(task("T" + i, i % 3 == 0 ? "CELL-1" : "CELL-2", assigned, due, assigned.plusSeconds(86_400)));
            if (i % 4 == 0) {
                events.add(event(i, "T" + i, "transferred", assigned.plusSeconds(3_600), "CELL-1", "CELL-2"));
            }
        }
        // One origin_ref given to two different lead units by two systems, and a task with no lead unit.
        tasksA.add(withOriginRef(task("T-CV1", "CELL-1", start, LocalDate.of(2024, 3, 1), start), "CV 12/UBND"));
        tasksB.add(withOriginRef(task("T-CV2", "CELL-2", start, LocalDate.of(2024, 3, 1), start), " cv  12/ubnd"));
        tasksB.add(task("T-NOLEAD", null, start.plusSeconds(86_400), LocalDate.of(2024, 3, 15), start));
        tasksA.add(task(
                "T-LAST",
                "CELL-1",
                Instant.parse("2024-11-20T02:00:00Z"),
                LocalDate.of(2024, 12, 31),
                Instant.parse("2024-11-25T09:00:00Z")));
        return new TestLake(spark, root)
                .publish(
                        Relation.ORG_UNIT,
                        "registry",
                        "v-1",
                        rows(
                                org("PROVINCE", "Đảng bộ tỉnh", null, "bloc_committee"),
                                org("CELL-1", "Chi bộ 1, phường A", "PROVINCE", "party_cell"),
                                org("CELL-2", "Chi bộ \"mẫu\" 2", "PROVINCE", "party_cell")))
                .publish(Relation.TASK, "unit-a", "v-1", tasksA)
                .publish(Relation.TASK, "unit-b", "v-3", tasksB)
                .publish(Relation.TASK_EVENT, "unit-a", "v-1", events)
                .writeVersion(
                        Relation.TASK,
                        "unit-b",
                        "v-4",
                        rows(task("T-UNPUBLISHED", "CELL-1", start, LocalDate.of(2024, 2, 1), start)))
                .manifest(FINISHED_RUN, """
            {"run_id":"%s","started_at":"2024-11-26T01:00:00Z","finished_at":"2024-11-26T01:10:00Z",
             "status":"PARTIAL","sources":[
              {"source_id":"unit-a","type":"jdbc","status":"COMPLETED","error":null,"relations":[
                {"relation":"task","mode":"full","read":18,"accepted":16,"rejected":2,
                 "rejected_by_rule":{"missing_required":1,"due_before_assigned":1},"version":"v-1"},
                {"relation":"task_event","mode":"incremental","watermark_before":null,"watermark_after":"28",
                 "read":8,"accepted":8,"rejected":0,"rejected_by_rule":{},"version":"v-1"}]},
              {"source_id":"unit-b","type":"csv","status":"COMPLETED","error":null,"relations":[
                {"relation":"task","mode":"full","read":16,"accepted":15,"rejected":1,
                 "rejected_by_rule":{"unknown_org":1},"version":"v-3"}]},
              {"source_id":"unit-c","type":"jdbc","status":"FAILED","error":"Connection to 127.0.0.1:5439 refused",
               "relations":[]}]}""".formatted(FINISHED_RUN))
                .rejects(
                        FINISHED_RUN,
                        "unit-a",
                        Relation.TASK,
                        rows(
                                reject(FINISHED_RUN, "unit-a", "task", "T-X", "missing_required", start),
                                reject(FINISHED_RUN, "unit-a", "task", "T-Y", "due_before_assigned", start)))
                .rejects(
                        FINISHED_RUN,
                        "unit-b",
                        Relation.TASK,
                        rows(reject(FINISHED_RUN, "unit-b", "task", "T-Z", "unknown_org", start)))
                .rejects(
                        "20241127-killed",
                        "unit-a",
                        Relation.TASK,
                        rows(reject("20241127-killed", "unit-a", "task", "T-K", "missing_required", start)));
    }
}
