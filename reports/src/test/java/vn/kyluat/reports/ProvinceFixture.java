package vn.kyluat.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Quarter;
import vn.kyluat.contract.Relation;
import vn.kyluat.reports.marts.PublishedSet;

/**
 * The province reports' tests read ({@code src/test/resources/province}): a small province of the sample
 * generator (5 grassroots organisations, 12 party cells, 2025Q1–2025Q4, a merger half-way, planted bad
 * records), extracted and analysed by the real pipeline and kept as what reports read: the published
 * marts' CSV exports and the registry's staff relation. analytics' {@code ReportsFixtureTests} checks that
 * it is what analytics computes today; {@code reports/rebuild-fixture} writes it again. Every figure a test
 * compares with comes from these marts, never from a formula here.
 */
public final class ProvinceFixture {
    /** The province's last quarter: what a report defaults to. */
    public static final Quarter QUARTER = Quarter.parse("2025Q4");
    /** The bloc committee at the root of the registry. */
    public static final String BLOC = "DUK";

    private ProvinceFixture() {}

    /** Copies the fixture's marts and lake into {@code workspace} ({@code marts/}, {@code lake/}); returns the published set. */
    public static Path copyTo(Path workspace) throws IOException {
        Path fixture = root();
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = workspace.resolve(fixture.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return PublishedSet.resolve(workspace.resolve("marts").toString());
    }

    /** A person of the registry as its staff relation holds them: personal data no board output may show. */
    public record Person(String personCode, String fullName) {}

    /** Every person of the registry's staff relation, once each (a person who moved has two memberships). */
    public static List<Person> registry() {
        Map<String, Person> persons = new LinkedHashMap<>();
        for (Path part : staffParts()) {
            readStaff(part).forEach(p -> persons.putIfAbsent(p.personCode(), p));
        }
        return List.copyOf(persons.values());
    }

    private static Path root() {
        try {
            return Path.of(ProvinceFixture.class.getResource("/province").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> staffParts() {
        Path source = Path.of(LakeLayout.sourceDir(root().resolve("lake").toString(), Relation.STAFF, "registry"));
        try {
            Path version =
                    source.resolve(CurrentVersion.parse(Files.readString(source.resolve(LakeLayout.CURRENT_POINTER)))
                            .version());
            try (Stream<Path> files = Files.list(version)) {
                return files.filter(p -> p.toString().endsWith(".parquet"))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Person> readStaff(Path part) {
        List<Person> persons = new ArrayList<>();
        try (ParquetFileReader reader = ParquetFileReader.open(
                new LocalInputFile(part),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory()
                        .getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    Group row = records.read();
                    persons.add(new Person(row.getString("person_code", 0), row.getString("full_name", 0)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + part, e);
        }
        return persons;
    }
}
