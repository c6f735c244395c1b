package vn.kyluat.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Streams the rows of a mart's Parquet files into a binary COPY, column reader by column reader:
 * no record objects are assembled, each value goes straight from the decoded page to the buffer.
 */
final class ParquetCopier {
    private final Configuration conf;
    private final MartTable table;
    /**
     * Read options made once from the load's configuration: opening a file without them makes a new
     * Hadoop Configuration, which parses core-default.xml again (most of the loader's CPU on marts of
     * many small files).
     */
    private final ParquetReadOptions options;

    ParquetCopier(Configuration conf, MartTable table) {
        this.conf = conf;
        this.table = table;
        this.options = HadoopReadOptions.builder(conf).build();
    }

    /** Copies every row of the file; returns how many. */
    long copy(MartDataset.MartFile file, BinaryCopyBuffer out) {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file.path(), conf), options)) {
            String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
            MessageType projection =
                    projection(reader.getFooter().getFileMetaData().getSchema());
            reader.setRequestedSchema(projection);
            Field[] fields = fields(file, projection);
            GroupConverter converter = new GroupRecordConverter(projection).getRootConverter();
            long rows = 0;
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, converter, projection, createdBy);
                ColumnReader[] readers = new ColumnReader[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    readers[i] = fields[i].descriptor == null ? null : store.getColumnReader(fields[i].descriptor);
                }
                for (long r = pages.getRowCount(); r > 0; r--) {
                    out.startRow(fields.length);
                    for (int i = 0; i < fields.length; i++) {
                        fields[i].copy(readers[i], out);
                    }
                }
                rows += pages.getRowCount();
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    /** The file's columns the table loads, in the table's order (partition columns left out). */
    private MessageType projection(MessageType schema) {
        List<Type> types = table.columns().stream()
                .filter(c -> !c.fromPartition())
                .map(c -> schema.getType(c.name()))
                .toList();
        return new MessageType(schema.getName(), types);
    }

    private Field[] fields(MartDataset.MartFile file, MessageType projection) {
        List<TableColumn> columns = table.columns();
        Field[] fields = new Field[columns.size()];
        for (int i = 0; i < fields.length; i++) {
            TableColumn column = columns.get(i);
            if (column.fromPartition()) {
                fields[i] = Field.constant(file.partition().get(column.name()));
            } else {
                ColumnDescriptor descriptor = projection.getColumnDescription(new String[] {column.name()});
                fields[i] = new Field(
                        descriptor,
                        FieldCopier.of(
                                column.type(), projection.getType(column.name()).asPrimitiveType()),
                        null);
            }
        }
        return fields;
    }

    /** A table column: read from a Parquet column, or the same text on every row (a partition value). */
    private record Field(ColumnDescriptor descriptor, FieldCopier copier, byte[] constant) {
        static Field constant(String value) {
            return new Field(null, null, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        void copy(ColumnReader reader, BinaryCopyBuffer out) {
            if (descriptor == null) {
                if (constant == null) {
                    out.writeNull();
                } else {
                    out.writeBytes(constant);
                }
                return;
            }
            if (reader.getCurrentDefinitionLevel() == descriptor.getMaxDefinitionLevel()) {
                copier.copy(reader, out);
            } else {
                out.writeNull();
            }
            reader.consume();
        }
    }
}
