package vn.kyluat.analytics;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.kyluat.analytics.config.AnalyticsSettings;
import vn.kyluat.analytics.engine.InternalRowTaskFold;
import vn.kyluat.analytics.intermediate.OrgClosure;
import vn.kyluat.analytics.intermediate.QuarterRange;
import vn.kyluat.analytics.intermediate.TaskQuarterFacts;
import vn.kyluat.analytics.lake.LakeTables;
import vn.kyluat.analytics.metrics.AvoidedDecisions;
import vn.kyluat.analytics.metrics.Backlog;
import vn.kyluat.analytics.metrics.BuckPassing;
import vn.kyluat.analytics.metrics.Discipline;
import vn.kyluat.analytics.metrics.Findings;
import vn.kyluat.analytics.metrics.HeldTasks;
import vn.kyluat.analytics.metrics.HolderFacts;
import vn.kyluat.analytics.metrics.OneTaskOneLead;
import vn.kyluat.analytics.metrics.Persons;
import vn.kyluat.analytics.metrics.Scopes;
import vn.kyluat.analytics.metrics.StaffOnLastDay;
import vn.kyluat.analytics.metrics.Timeliness;
import vn.kyluat.analytics.metrics.UrgentMatters;
import vn.kyluat.analytics.staging.Staging;
import vn.kyluat.contract.Mart;
import vn.kyluat.contract.Relation;

/**
 * The figures of docs/metrics.md, lake in, marts out: staging → intermediate (task-quarter facts
 * with the units holding, handing off and escalating each task, organisation closure) → one small aggregation per metric → both
 * scopes through the closure → rates, peers, index, trend. The task-quarter facts are persisted
 * because every task metric reads them; the marts are lazy Datasets.
 */
public final class MetricsPipeline {
    private MetricsPipeline() {}

    public static MetricsMarts compute(LakeTables lake, AnalyticsSettings settings) {
        QuarterRange range = QuarterRange.of(settings.quarters());
        Dataset<Row> tasks = Staging.tasks(lake.get(Relation.TASK));
        Dataset<Row> events = Staging.events(lake.get(Relation.TASK_EVENT));
        TaskQuarterFacts taskQuarters = TaskQuarterFacts.build(tasks, events, range, new InternalRowTaskFold());
        Dataset<Row> facts = taskQuarters.facts();
        OrgClosure orgs = OrgClosure.build(lake.get(Relation.ORG_UNIT), range);
        Dataset<Row> quarters = range.toDataset(tasks.sparkSession());
        Dataset<Row> staffOnLastDay = StaffOnLastDay.of(lake.get(Relation.STAFF), quarters);
        Dataset<Row> orgNames = lake.get(Relation.ORG_UNIT)
                .select(col(Relation.ORG_CODE), col(Relation.NAME).as(Mart.ORG_NAME))
                .dropDuplicates(Relation.ORG_CODE);

        Dataset<Row> rolledUp = Scopes.rollUp(
                List.of(
                        HolderFacts.counts(facts, Timeliness.counts(), Backlog.counts(), UrgentMatters.counts()),
                        HolderFacts.values(facts, Timeliness.lateDelay(), UrgentMatters.value()),
                        HeldTasks.counts(
                                taskQuarters.heldTasks(), BuckPassing.heldCounts(), AvoidedDecisions.heldCounts()),
                        BuckPassing.bySender(taskQuarters.handoffs()),
                        AvoidedDecisions.escalationsWithin(taskQuarters.escalations()),
                        Findings.byOrg(lake.get(Relation.INSPECTION_FINDING), quarters),
                        Discipline.actions(lake.get(Relation.DISCIPLINE_ACTION), range),
                        Discipline.members(staffOnLastDay)),
                orgs.closure());

        OneTaskOneLead oneTaskOneLead = OneTaskOneLead.of(tasks, range, orgNames);
        return new MetricsMarts(
                OrgQuarterMetrics.assemble(
                        orgs.orgRows()
                                .join(
                                        Persons.unitHeads(staffOnLastDay),
                                        new String[] {QuarterRange.Q, Mart.ORG_CODE},
                                        "left"),
                        rolledUp,
                        settings),
                taskQuarters.toMart(),
                oneTaskOneLead.overlappingAssignments(),
                oneTaskOneLead.tasksWithoutLead(),
                Backlog.atRisk(facts, orgNames),
                BuckPassing.bouncedHandoffs(taskQuarters.handoffs(), orgs.closure()),
                AvoidedDecisions.withinAuthorityEscalations(taskQuarters.escalations(), orgs.closure()),
                Findings.openOverdueList(lake.get(Relation.INSPECTION_FINDING), quarters, orgs.closure()),
                orgs.orgTree(),
                Discipline.byKind(lake.get(Relation.DISCIPLINE_ACTION), range, orgs.closure()),
                Persons.compute(facts, staffOnLastDay, lake.get(Relation.DISCIPLINE_ACTION), range, orgs.closure()));
    }
}
