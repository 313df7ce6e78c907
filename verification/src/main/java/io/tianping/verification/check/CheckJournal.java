package io.tianping.verification.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The node's durable record of answered checks, before they reach {@code listing_check}: one line per check
 * ({@link CheckRow}) appended to a segment file in the data directory before the check is answered, so a check that
 * got an answer survives a killed process, a database that is down or behind, and a burst beyond what the database
 * takes. Segments are {@code checks-<n>.log}; a new one is begun at each start and every {@code segmentBytes}; the
 * reader removes a segment once all of it is in the database. (An append reaches the operating system, not the disk:
 * a power cut can lose the last moments; a crash of the process cannot.)
 */
final class CheckJournal implements AutoCloseable {

    /** Complete lines read from a segment, and the offset just after the last of them. */
    record Chunk(List<String> lines, long nextOffset) { }

    private static final String PREFIX = "checks-";
    private static final String SUFFIX = ".log";

    private final Path directory;
    private final long segmentBytes;
    private final String node;
    private FileChannel current;
    private long currentSegment;
    private long currentSize;

    CheckJournal(Path directory, long segmentBytes) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.segmentBytes = segmentBytes;
        this.node = nodeId(directory.resolve("node-id"));
        List<Long> existing = segments();
        open(existing.isEmpty() ? 1 : existing.getLast() + 1);
    }

    /** This journal's identity in the database, kept in its directory: several nodes may share one database. */
    String node() {
        return node;
    }

    synchronized void append(String row) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((row + '\n').getBytes(StandardCharsets.UTF_8));
        currentSize += bytes.remaining();
        while (bytes.hasRemaining()) {
            current.write(bytes);
        }
        if (currentSize >= segmentBytes) {
            current.close();
            open(currentSegment + 1);
        }
    }

    synchronized long currentSegment() {
        return currentSegment;
    }

    /** The numbers of the segments on disk, oldest first. */
    List<Long> segments() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(PREFIX) && name.endsWith(SUFFIX))
                    .map(name -> Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length())))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code maxLines} complete lines of {@code segment} from {@code offset}; a line still being written waits. */
    Chunk read(long segment, long offset, int maxLines) throws IOException {
        try (FileChannel channel = FileChannel.open(path(segment), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(maxLines * 256);
            channel.read(buffer, offset);
            byte[] bytes = buffer.array();
            var lines = new ArrayList<String>();
            int start = 0;
            for (int i = 0; i < buffer.position() && lines.size() < maxLines; i++) {
                if (bytes[i] == '\n') {
                    lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            return new Chunk(lines, offset + start);
        }
    }

    /** Bytes on disk not yet read past {@code offset} of {@code segment}. */
    long backlog(long segment, long offset) {
        long bytes = 0;
        for (long each : segments()) {
            if (each >= segment) {
                try {
                    bytes += Files.size(path(each)) - (each == segment ? offset : 0);
                } catch (IOException e) {
                    // removed meanwhile
                }
            }
        }
        return bytes;
    }

    void delete(long segment) throws IOException {
        Files.deleteIfExists(path(segment));
    }

    boolean exists(long segment) {
        return Files.exists(path(segment));
    }

    @Override
    public synchronized void close() throws IOException {
        current.close();
    }

    private void open(long segment) throws IOException {
        current = FileChannel.open(path(segment), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        currentSegment = segment;
        currentSize = 0;
    }

    private Path path(long segment) {
        return directory.resolve(PREFIX + "%020d".formatted(segment) + SUFFIX);
    }

    private static String nodeId(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, UUID.randomUUID().toString());
        }
        return Files.readString(file).trim();
    }
}
