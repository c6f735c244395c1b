package vn.kyluat.sample;

/** Counts every row a unit receives into the truth, then passes it on. */
final class CountingSink implements UnitSink {
    private final String sourceId;
    private final UnitSink target;
    private final ExpectedTruth truth;

    CountingSink(String sourceId, UnitSink target, ExpectedTruth truth) {
        this.sourceId = sourceId;
        this.target = target;
        this.truth = truth;
    }

    @Override
    public void write(GeneratedRow row) {
        target.write(row);
        truth.written(sourceId, row.relation());
    }

    @Override
    public String location() {
        return target.location();
    }

    @Override
    public void close() {
        target.close();
    }
}
