package vn.kyluat.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import vn.kyluat.contract.CurrentVersion;
import vn.kyluat.contract.LakeLayout;
import vn.kyluat.contract.Relation;
import vn.kyluat.reports.bench.SyntheticMarts;

/** A lake holding only a registry's published staff relation, as the extraction writes it. */
final class StaffLake {
    private static final MessageType STAFF = MessageTypeParser.parseMessageType("message staff {"
            + " required binary source_id (STRING); required binary person_code (STRING); required binary full_name (STRING);"
            + " required binary org_code (STRING); }");

    private StaffLake() {}

    static void write(Path lake, List<SyntheticMarts.Person> persons) throws IOException {
        Path source = Path.of(LakeLayout.sourceDir(lake.toString(), Relation.STAFF, "registry"));
        Path version = Files.createDirectories(source.resolve("v-test"));
        SimpleGroupFactory rows = new SimpleGroupFactory(STAFF);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(
                        new LocalOutputFile(version.resolve("part-0.parquet")))
                .withType(STAFF)
                .withConf(new Configuration(false))
                .build()) {
            for (SyntheticMarts.Person person : persons) {
                writer.write(rows.newGroup()
                        .append("source_id", "registry")
                        .append("person_code", person.personCode())
                        .append("full_name", person.fullName())
                        .append("org_code", "G002"));
            }
        }
        Files.writeString(
                source.resolve(LakeLayout.CURRENT_POINTER),
                new CurrentVersion("v-test", "test", null, persons.size()).format());
    }
}
