package io.tianping.traceability.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9264 linkset ({@code application/linkset+json}) for one Digital Link: its anchor and, per GS1 link type, the
 * links a GS1 resolver offers.
 */
record Linkset(List<Map<String, Object>> linkset) {

    /** One link target. */
    record Target(String href, String type, String title, @Nullable String hreflang) { }

    static Linkset of(String anchor, String base, Passport passport) {
        var context = new LinkedHashMap<String, Object>();
        context.put("anchor", anchor);
        context.put("https://gs1.org/voc/pip", List.of(new Target(base, "text/html", "产品数字护照", "zh-CN")));
        context.put("https://gs1.org/voc/defaultLink", List.of(new Target(base, "text/html", "产品数字护照", "zh-CN")));
        context.put("https://gs1.org/voc/traceability", List.of(new Target(base, "application/json", "Product passport (JSON)", null)));
        if (passport.certificate() != null) {
            context.put("https://gs1.org/voc/certificationInfo", List.of(new Target(
                    "/api/v1/certificates/" + passport.certificate().number(), "application/json",
                    "CCC " + passport.certificate().number() + " " + passport.certificate().status(), null)));
        }
        if (passport.recall() != null) {
            context.put("https://gs1.org/voc/recallStatus", List.of(new Target(base, "text/html",
                    "召回：" + passport.recall().remedy(), "zh-CN")));
        }
        return new Linkset(List.of(context));
    }
}
