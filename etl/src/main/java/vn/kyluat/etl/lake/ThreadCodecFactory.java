package vn.kyluat.etl.lake;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Compressors kept by each writing thread from one part file to the next. A writer's own codec
 * factory allocates a page-sized output buffer (1 MiB) for every file and releases it on close: a
 * gigabyte of garbage per extraction of a few thousand parts. A thread writes one file at a time,
 * so its compressor is never shared.
 */
final class ThreadCodecFactory implements CompressionCodecFactory {
    static final ThreadCodecFactory INSTANCE = new ThreadCodecFactory();
    private static final ThreadLocal<CodecFactory> FACTORY = ThreadLocal.withInitial(
            () -> new CodecFactory(new Configuration(false), ParquetProperties.DEFAULT_PAGE_SIZE));

    private ThreadCodecFactory() {}

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return FACTORY.get().getCompressor(codec);
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return FACTORY.get().getDecompressor(codec);
    }

    /** Kept for the thread's next file (a writer releases its factory when it closes). */
    @Override
    public void release() {}
}
