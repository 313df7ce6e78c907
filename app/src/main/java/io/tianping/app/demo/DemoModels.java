package io.tianping.app.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Model names from the patterns of demo-products.csv: {@code {a/b/}} one alternative, {@code #} a digit, {@code @} a letter. */
final class DemoModels {

    private static final String LETTERS = "ABCDEGHKLMNPRSTWX";

    private DemoModels() {
    }

    static String expand(String pattern, Random random) {
        var model = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int end = pattern.indexOf('}', i);
                String[] alternatives = pattern.substring(i + 1, end).split("/", -1);
                model.append(alternatives[random.nextInt(alternatives.length)]);
                i = end;
            } else if (c == '#') {
                model.append((char) ('0' + random.nextInt(10)));
            } else if (c == '@') {
                model.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            } else {
                model.append(c);
            }
        }
        return model.toString();
    }

    /**
     * One to four models of one family (one pattern). About one certificate in 25 covers a series instead, written
     * as the family's common beginning and {@code *}, which the verification module reads as "every model starting so".
     */
    static List<String> family(List<String> patterns, Random random) {
        String pattern = patterns.get(random.nextInt(patterns.size()));
        String first = expand(pattern, random);
        if (random.nextInt(25) == 0 && first.length() >= 6) {
            return List.of(first.substring(0, first.length() - 2) + "*");
        }
        int wanted = 1 + random.nextInt(4);
        Set<String> models = new LinkedHashSet<>(List.of(first));
        for (int tries = 0; models.size() < wanted && tries < 20; tries++) {
            models.add(expand(pattern, random));
        }
        return List.copyOf(models);
    }
}
