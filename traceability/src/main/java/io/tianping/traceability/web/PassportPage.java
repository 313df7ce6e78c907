package io.tianping.traceability.web;

import io.tianping.traceability.api.SpotCheckResults.SpotCheckResult;
import java.time.format.DateTimeFormatter;

/** The consumer's passport page: a small server-rendered Chinese page, every value HTML-escaped. */
final class PassportPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(io.tianping.sharedkernel.ChinaTime.ZONE);

    private PassportPage() {
    }

    static String render(Passport p) {
        var html = new StringBuilder(2048);
        html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>产品数字护照</title></head><body><main><h1>产品数字护照</h1>");
        html.append("<p class=\"state state-").append(p.state().name().toLowerCase()).append("\"><strong>")
                .append(verdict(p.state())).append("</strong></p><dl>");
        row(html, "商品条码 (GTIN)", p.gtin());
        row(html, "批号", p.lot());
        row(html, "序列号", p.serial());
        if (p.product() != null) {
            row(html, "产品", p.product().name());
            row(html, "型号", p.product().model());
            row(html, "生产者", p.manufacturer().name());
            row(html, "统一社会信用代码", p.manufacturer().creditCode());
            row(html, "CCC 证书", p.certificate().number() + "（" + certificateStatus(p.certificate().status()) + "）");
        }
        html.append("</dl>");
        if (p.recall() != null) {
            html.append("<section><h2>召回</h2><p>缺陷：").append(escape(p.recall().hazard())).append("</p><p>处理办法：")
                    .append(escape(p.recall().remedy())).append("</p></section>");
        }
        if (p.cloneSuspicion() != null) {
            html.append("<section><h2>警告</h2><p>此码疑似被仿冒：").append(escape(p.cloneSuspicion().evidence())).append("</p></section>");
        }
        if (!p.spotChecks().isEmpty()) {
            html.append("<section><h2>监督抽查</h2><ul>");
            for (SpotCheckResult result : p.spotChecks()) {
                html.append("<li>").append(DAY.format(result.finalAt())).append(' ')
                        .append(result.conforming() ? "合格" : "不合格：" + escape(String.join("、", result.failedItems())))
                        .append("</li>");
            }
            html.append("</ul></section>");
        }
        return html.append("</main></body></html>").toString();
    }

    private static String verdict(PassportState state) {
        return switch (state) {
            case GENUINE -> "正品：此码已由生产者登记";
            case NOT_REGISTERED -> "未登记：此码从未由生产者赋码，请谨慎购买";
            case RECALLED -> "召回中：请停止使用并按下列办法处理";
            case DECOMMISSIONED -> "已注销：此码对应的产品已停用或销毁";
            case CLONE_SUSPECTED -> "疑似仿冒：此码在不同地点被异常扫描";
        };
    }

    private static String certificateStatus(String status) {
        return switch (status) {
            case "VALID" -> "有效";
            case "SUSPENDED" -> "暂停";
            case "REVOKED" -> "撤销";
            case "CANCELLED" -> "注销";
            case "EXPIRED" -> "过期";
            default -> "未找到";
        };
    }

    private static void row(StringBuilder html, String label, String value) {
        if (value != null) {
            html.append("<dt>").append(label).append("</dt><dd>").append(escape(value)).append("</dd>");
        }
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
