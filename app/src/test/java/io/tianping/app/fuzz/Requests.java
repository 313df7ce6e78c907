package io.tianping.app.fuzz;

import io.tianping.app.support.Certificates;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Valid requests of the public API, and the same with one value swapped for a {@link HostileValues hostile} one: the
 * n-th value of the body (a string, number, literal, list or object, in document order) is replaced by raw JSON.
 */
record Requests(String path, String who, String body) {

    private static final Pattern VALUE = Pattern.compile(
            "(?<=[:\\[,]\\s{0,3})(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d[\\d.eE+-]*|true|false|null)(?=\\s*[,}\\]])");

    static List<Requests> valid(String number) {
        return List.of(
                new Requests("/api/v1/certificates", "cert-body", Certificates.kettle(Certificates.newNumber("0717"))),
                new Requests("/api/v1/listing-checks", "platform-a", Certificates.listing("F-1", number, "SWF-17E")),
                new Requests("/api/v1/listing-checks/batch", "platform-a",
                        "{\"items\":[" + Certificates.listing("F-2", number, "SWF-15E") + "]}"),
                new Requests("/api/v1/certificates/" + number + "/suspension", "cert-body",
                        "{\"reason\":\"监督抽查不合格\",\"effectiveOn\":\"2026-11-01\"}"),
                new Requests("/api/v1/enforcement/clues", "regulator-zj", """
                        {"source":"COMPLAINT","party":{"name":"杭州某电器商行","creditCode":"91350100M000100Y43"},
                         "product":"电热水壶","description":"消费者投诉：电热水壶无3C标志"}"""));
    }

    /** This request with its {@code n}-th value (modulo their count) replaced by {@code raw}. */
    Requests withValue(int n, String raw) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = VALUE.matcher(body);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.isEmpty()) {
            return this;
        }
        int[] span = spans.get(Math.floorMod(n, spans.size()));
        return new Requests(path, who, body.substring(0, span[0]) + raw + body.substring(span[1]));
    }

    Requests mutated(SplittableRandom random) {
        return withValue(random.nextInt(1_000), HostileValues.any(random));
    }
}
