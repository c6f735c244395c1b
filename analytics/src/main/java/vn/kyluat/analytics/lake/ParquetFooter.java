package vn.kyluat.analytics.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/** Reads what a Parquet file's footer says about its columns, on the driver. */
final class ParquetFooter {
    private ParquetFooter() {}

    /** The least and greatest instant of a column; both empty when it holds none. */
    record InstantRange(Optional<Instant> least, Optional<Instant> greatest) {
        static final InstantRange NONE = new InstantRange(Optional.empty(), Optional.empty());

        InstantRange with(Instant low, Instant high) {
            return new InstantRange(
                    Optional.of(least.filter(l -> l.isBefore(low)).orElse(low)),
                    Optional.of(greatest.filter(g -> g.isAfter(high)).orElse(high)));
        }

        InstantRange with(InstantRange other) {
            return other.least.isEmpty() ? this : with(other.least.get(), other.greatest.orElseThrow());
        }
    }

    static List<String> columnNames(Configuration conf, String file) {
        return read(
                conf,
                file,
                reader -> reader.getFileMetaData().getSchema().getFields().stream()
                        .map(Type::getName)
                        .toList());
    }

    /**
     * The range of each instant column (INT64, a timestamp adjusted to UTC) in the file, from the statistics
     * of its row groups, all from one read of its footer; empty when one of the columns is stored otherwise
     * or a row group has no statistics for it.
     */
    static Optional<Map<String, InstantRange>> instantRanges(Configuration conf, String file, List<String> columns) {
        return read(conf, file, reader -> {
            Map<String, InstantRange> ranges = new HashMap<>();
            for (String column : columns) {
                Optional<InstantRange> range = instantRange(reader, column);
                if (range.isEmpty()) {
                    return Optional.empty();
                }
                ranges.put(column, range.get());
            }
            return Optional.of(ranges);
        });
    }

    /** What {@code what} takes from the file's footer, read once. */
    private static <T> T read(Configuration conf, String file, Function<ParquetFileReader, T> what) {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file), conf))) {
            return what.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the footer of " + file, e);
        }
    }

    private static Optional<InstantRange> instantRange(ParquetFileReader reader, String column) {
        MessageType schema = reader.getFileMetaData().getSchema();
        if (!schema.containsField(column) || !schema.getType(column).isPrimitive()) {
            return Optional.empty();
        }
        PrimitiveType type = schema.getType(column).asPrimitiveType();
        if (type.getPrimitiveTypeName() != PrimitiveTypeName.INT64
                || !(type.getLogicalTypeAnnotation() instanceof TimestampLogicalTypeAnnotation timestamp)
                || !timestamp.isAdjustedToUTC()) {
            return Optional.empty();
        }
        InstantRange range = InstantRange.NONE;
        for (BlockMetaData rowGroup : reader.getFooter().getBlocks()) {
            Statistics<?> statistics = rowGroup.getColumns().stream()
                    .filter(chunk -> chunk.getPath().toDotString().equals(column))
                    .map(ColumnChunkMetaData::getStatistics)
                    .findFirst()
                    .orElse(null);
            if (statistics == null || statistics.isEmpty()) {
                return Optional.empty();
            }
            if (statistics.hasNonNullValue()) {
                range = range.with(
                        instant((Long) statistics.genericGetMin(), timestamp),
                        instant((Long) statistics.genericGetMax(), timestamp));
            }
        }
        return Optional.of(range);
    }

    private static Instant instant(long value, TimestampLogicalTypeAnnotation timestamp) {
        return switch (timestamp.getUnit()) {
            case MILLIS -> Instant.ofEpochMilli(value);
            case MICROS -> Instant.EPOCH.plusNanos(Math.multiplyExact(value, 1_000L));
            case NANOS -> Instant.EPOCH.plusNanos(value);
        };
    }
}
