package vn.kyluat.etl.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kyluat.contract.Relation;

class ParquetFilesTests {
    @TempDir
    Path dir;

    private static Object[] event(long id) {
        return new Object[] {id, "T" + id, "reminded", null, null, null, null, "ghi chú " + id};
    }

    @Test
    void columnsOfManyPartsReadAtOnceByManyThreadsAreEveryValueWritten() {
        List<Path> parts = IntStream.range(0, 8)
                .mapToObj(p -> {
                    Path part = dir.resolve(PartFiles.chunkPart("r", p * 20_000L));
                    ParquetFiles.write(
                            part,
                            LakeSchemas.relation(Relation.TASK_EVENT),
                            LakeSchemas.relationTypes(Relation.TASK_EVENT),
                            "unit-a",
                            IntStream.range(p * 20_000, (p + 1) * 20_000)
                                    .mapToObj(ParquetFilesTests::event)
                                    .toList());
                    return part;
                })
                .toList();

        for (int round = 0; round < 10; round++) {
            Set<Object> codes = ConcurrentHashMap.newKeySet();
            parts.parallelStream().forEach(part -> ParquetFiles.readColumn(part, "note", codes::add));
            assertThat(codes).hasSize(160_000).contains("ghi chú 0", "ghi chú 159999");
        }
        assertThat(ParquetFiles.column(parts.get(7), "event_id"))
                .hasSize(20_000)
                .contains(140_000L, 159_999L);
        assertThat(ParquetFiles.read(parts.get(3)).get(0))
                .containsExactly("unit-a", 60_000L, "T60000", "reminded", null, null, null, null, "ghi chú 60000");
    }

    @Test
    void textsRepeatedFromRowToRowAsTheSameStringReadBackAsWritten() {
        String assigned = "assigned";
        String reminded = "reminded";
        List<Object[]> rows = List.of(
                new Object[] {1L, "T1", assigned, null, "G1", null, null, null},
                new Object[] {2L, "T1", assigned, null, "G1", null, null, "ghi chú"},
                new Object[] {3L, "T2", reminded, null, null, null, null, "ghi chú"},
                new Object[] {4L, "T2", assigned, null, "G1", null, null, "Kiểm tra"});
        Path part = dir.resolve(PartFiles.chunkPart("r", 0));
        ParquetFiles.write(
                part,
                LakeSchemas.relation(Relation.TASK_EVENT),
                LakeSchemas.relationTypes(Relation.TASK_EVENT),
                "unit-a",
                rows);

        assertThat(ParquetFiles.read(part))
                .extracting(r -> r[2] + "|" + r[3] + "|" + r[5] + "|" + r[8])
                .containsExactly(
                        "T1|assigned|G1|null",
                        "T1|assigned|G1|ghi chú",
                        "T2|reminded|null|ghi chú",
                        "T2|assigned|G1|Kiểm tra");
    }
}
