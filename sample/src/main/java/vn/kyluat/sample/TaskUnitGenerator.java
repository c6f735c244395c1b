package vn.kyluat.sample;

import java.util.SplittableRandom;

/**
 * Streams one task unit into its sink: each task and its events as soon as they are simulated
 * (nothing is kept but counters), then its inspection findings and discipline actions, with the
 * planted bad records in between.
 */
final class TaskUnitGenerator {
    private TaskUnitGenerator() {}

    static void generate(Province province, TaskUnit unit, UnitSink sink, ExpectedTruth truth, Progress progress) {
        SplittableRandom rng = Seeds.stream(province.size().seed(), unit.salt());
        UnitCodes codes = new UnitCodes(unit.tag());
        TaskSpecFactory specs = new TaskSpecFactory(province, unit);
        TaskSimulator simulator = new TaskSimulator(province.tree(), province.calendar());
        BadRecordPlanter planter = new BadRecordPlanter(unit, province.size().badPerRule(), codes, sink, truth);
        for (long i = 0; i < unit.tasks(); i++) {
            String code = codes.nextTaskCode();
            SimulatedTask simulated = simulator.simulate(specs.next(i, code, rng), rng);
            sink.write(simulated.task());
            for (TaskEvent event : simulated.events()) {
                sink.write(new TaskEventRow(codes.nextEventId(), code, event));
            }
            truth.observe(unit.id(), simulated);
            planter.afterTask(i, simulated);
            progress.rowsWritten(1 + simulated.events().size());
            progress.tasks(unit.id(), i + 1, unit.tasks());
        }
        long[] findings = {0};
        FindingGenerator.generate(province, unit, rng, codes, row -> {
            sink.write(row);
            planter.afterFinding(findings[0]++, row);
        });
        long[] actions = {0};
        DisciplineGenerator.generate(province, unit, rng, codes, row -> {
            sink.write(row);
            planter.afterAction(actions[0]++, row);
        });
        planter.finish();
        progress.rowsWritten(findings[0] + actions[0]);
    }
}
