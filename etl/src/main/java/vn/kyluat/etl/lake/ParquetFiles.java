package vn.kyluat.etl.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.MessageType;
import vn.kyluat.contract.ColumnType;

/**
 * The one place that writes and reads the lake's Parquet files. A file is written beside its final
 * name ({@code .tmp}) and moved into place atomically, so a part either exists whole or not at all.
 */
public final class ParquetFiles {
    public static final String TEMP_SUFFIX = ".tmp";
    private static final CompressionCodecName CODEC = CompressionCodecName.SNAPPY;
    /**
     * Read options of an empty configuration (the default one parses Hadoop's XML resources for every
     * file opened), one per thread: their codec factory keeps a single decompressor per codec.
     */
    private static final ThreadLocal<ParquetReadOptions> READ_OPTIONS = ThreadLocal.withInitial(
            () -> ParquetReadOptions.builder(new PlainParquetConfiguration()).build());

    private ParquetFiles() {}

    /**
     * Writes {@code rows} to {@code target}.
     *
     * @param prefix value of the schema's first field for every row (source_id), or null when the
     *     rows hold every field
     */
    public static void write(
            Path target, MessageType schema, ColumnType[] types, String prefix, Iterable<Object[]> rows) {
        Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
        try {
            Files.createDirectories(target.getParent());
            Builder builder = new Builder(new LocalOutputFile(temp), new RowWriteSupport(schema, types, prefix))
                    // An empty Hadoop configuration: loading the default XML resources for every part costs more than
                    // writing it.
                    .withConf(new Configuration(false))
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(CODEC)
                    .withCodecFactory(ThreadCodecFactory.INSTANCE)
                    // Dictionaries cost more time than any other part of writing (hashing every value); compression
                    // already shrinks the repeated codes and enumerations they would save.
                    .withDictionaryEncoding(false)
                    .withSizeStatisticsEnabled(false);
            // Min/max statistics serve readers that skip by dates and numbers; on text they cost a byte-wise
            // comparison of every value and prune nothing (codes and titles are not filtered by range).
            for (int i = 0; i < types.length; i++) {
                if (types[i] == ColumnType.TEXT) {
                    builder.withStatisticsEnabled(schema.getFields().get(i).getName(), false);
                }
            }
            try (ParquetWriter<Object[]> writer = builder.build()) {
                for (Object[] row : rows) {
                    writer.write(row);
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Every row of a file as typed values (String, LocalDate, Instant, Long, Boolean), all fields. */
    public static List<Object[]> read(Path file) {
        List<Object[]> rows = new ArrayList<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), READ_OPTIONS.get())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            ColumnType[] types = GroupValues.types(schema);
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    rows.add(GroupValues.values(records.read(), types));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }

    /**
     * The values of one column of a file (keys, codes), reading that column only, value by value: no
     * records are assembled (a key column of a large dataset is read at every event load).
     */
    public static Set<Object> column(Path file, String column) {
        Set<Object> values = new HashSet<>();
        readColumn(file, column, values::add);
        return values;
    }

    /** Hands the values of a few columns of every row of a file to {@code rows}, in file order, reading those columns only. */
    public static void readColumns(Path file, List<String> columns, Consumer<Object[]> rows) {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), READ_OPTIONS.get())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            MessageType projection = new MessageType(
                    schema.getName(), columns.stream().map(schema::getType).toList());
            reader.setRequestedSchema(projection);
            ColumnType[] types = GroupValues.types(projection);
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(projection, schema);
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(projection));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    rows.accept(GroupValues.values(records.read(), types));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Hands every (non-null) value of one column of a file to {@code values}, in file order. */
    public static void readColumn(Path file, String column, Consumer<Object> values) {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), READ_OPTIONS.get())) {
            FileMetaData meta = reader.getFooter().getFileMetaData();
            MessageType projection =
                    new MessageType(meta.getSchema().getName(), meta.getSchema().getType(column));
            reader.setRequestedSchema(projection);
            ColumnDescriptor descriptor = projection.getColumns().get(0);
            ColumnType type = GroupValues.types(projection)[0];
            GroupConverter converter = new GroupRecordConverter(projection).getRootConverter();
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                ColumnReader cells = new ColumnReadStoreImpl(pages, converter, projection, meta.getCreatedBy())
                        .getColumnReader(descriptor);
                for (long i = pages.getRowCount(); i > 0; i--) { // one value per row: lake columns are never repeated
                    if (cells.getCurrentDefinitionLevel() == descriptor.getMaxDefinitionLevel()) {
                        values.accept(GroupValues.value(cells, type));
                    }
                    cells.consume();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
        private final WriteSupport<Object[]> support;

        Builder(OutputFile file, WriteSupport<Object[]> support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        @SuppressWarnings("deprecation") // ParquetWriter.Builder's only hook for a custom WriteSupport
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return support;
        }
    }
}
