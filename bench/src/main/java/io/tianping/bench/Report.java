package io.tianping.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's figures: a table of what matters against its target, and every raw figure as JSON. */
final class Report {

    /** One line of the table; {@code met} is null when there is no target. */
    record Row(String what, String value, String target, Boolean met) { }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final String started = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss"));

    void put(String key, Object value) {
        data.put(key, value);
    }

    void row(String what, String value) {
        rows.add(new Row(what, value, "", null));
    }

    void row(String what, String value, String target, boolean met) {
        rows.add(new Row(what, value, target, met));
    }

    String table() {
        var table = new StringBuilder("| what | measured | target | met |\n|---|---:|---|---|\n");
        for (Row row : rows) {
            table.append("| ").append(row.what()).append(" | ").append(row.value()).append(" | ").append(row.target())
                    .append(" | ").append(row.met() == null ? "" : row.met() ? "yes" : "**no**").append(" |\n");
        }
        return table.toString();
    }

    /** Writes {@code <time>-<certificates>.json} and {@code .md} (the table) under {@code directory}. */
    Path write(Path directory, int certificates) throws IOException {
        Files.createDirectories(directory);
        String name = started + "-" + certificates;
        var json = new LinkedHashMap<String, Object>();
        json.put("table", rows);
        json.putAll(data);
        Path file = directory.resolve(name + ".json");
        Files.writeString(file, Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        Files.writeString(directory.resolve(name + ".md"), table());
        return file;
    }

    static String rate(double perSecond) {
        return "%,.0f/s".formatted(perSecond);
    }

    static String millis(double millis) {
        return millis < 10 ? "%.2f ms".formatted(millis) : "%.1f ms".formatted(millis);
    }

    /** What the machine was doing: {@code /proc/loadavg} and the number of processors. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " (" + Runtime.getRuntime().availableProcessors()
                    + " cores)";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
