package io.tianping.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the demo data files next to this class: '#' lines are comments, the first other line is the header. */
final class DemoCsv {

    private DemoCsv() {
    }

    static List<String[]> rows(String file, int columns) {
        InputStream in = DemoCsv.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("demo data " + file + " is missing from the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split(",", -1);
                if (row.length != columns) {
                    throw new IllegalStateException("%s: expected %d columns, got %d in '%s'".formatted(file, columns, row.length, line));
                }
                if (!header) {
                    rows.add(row);
                }
                header = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }

    /** The alternatives of a field, {@code a|b|c}. */
    static List<String> choices(String field) {
        return List.of(field.split("\\|"));
    }
}
