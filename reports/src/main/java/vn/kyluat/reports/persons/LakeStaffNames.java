package vn.kyluat.reports.persons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;

/**
 * The full names of a few persons, read from the lake's published staff relation of every registry
 * source (person_code and full_name only). Only a unit's own report configured to name its persons
 * calls this: names never reach the marts.
 */
final class LakeStaffNames {
    private static final List<String> COLUMNS = List.of(Relation.PERSON_CODE, Relation.FULL_NAME);

    private LakeStaffNames() {}

    /** person_code → full_name for the {@code wanted} codes the lake knows; a lake without staff gives none. */
    static Map<String, String> read(Path lake, Set<String> wanted) {
        Path relation = Path.of(LakeLayout.relationDir(lake.toString(), Relation.STAFF));
        Map<String, String> names = new HashMap<>();
        if (!Files.isDirectory(relation) || wanted.isEmpty()) {
            return names;
        }
        try (Stream<Path> sources = Files.list(relation)) {
            for (Path source : sources.filter(p -> p.getFileName().toString().startsWith(LakeLayout.SOURCE_DIR_PREFIX))
                    .sorted()
                    .toList()) {
                Path pointer = source.resolve(LakeLayout.CURRENT_POINTER);
                if (Files.isRegularFile(pointer)) {
                    Path version = source.resolve(
                            CurrentVersion.parse(Files.readString(pointer)).version());
                    for (Path part : parts(version)) {
                        readNames(part, wanted, names);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staff relation in " + relation, e);
        }
        return names;
    }

    private static List<Path> parts(Path version) throws IOException {
        try (Stream<Path> files = Files.list(version)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .sorted()
                    .toList();
        }
    }

    private static void readNames(Path part, Set<String> wanted, Map<String, String> names) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(
                new LocalInputFile(part),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            MessageType projection = new MessageType(
                    schema.getName(), COLUMNS.stream().map(schema::getType).toList());
            reader.setRequestedSchema(projection);
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(projection, schema);
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(projection));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    Group row = records.read();
                    String code = row.getFieldRepetitionCount(0) == 0 ? null : row.getString(0, 0);
                    if (code != null && wanted.contains(code) && row.getFieldRepetitionCount(1) > 0) {
                        names.putIfAbsent(code, row.getString(1, 0));
                    }
                }
            }
        }
    }
}
