package io.tianping.verification.projection;

/**
 * Settings and mapping of the {@code certificates} index. Chinese names are indexed three ways: {@code smartcn} words,
 * a {@code .cjk} bigram sub-field (smartcn keeps 电热水壶 as one word, so only the bigrams let 水壶 find it) and a
 * {@code .keyword}. Models go through the cjk analyzer too (lower-cased, full-width folded, split at hyphens), so a
 * model, part of one, or a company name plus a model all match. Only analysis components that both the embedded node
 * and a real cluster with analysis-smartcn provide are named here.
 */
final class CertificateSearchMapping {

    private static final String CHINESE_TEXT = """
            {"type": "text", "analyzer": "smartcn", "fields": {
                "cjk": {"type": "text", "analyzer": "cjk"},
                "keyword": {"type": "keyword", "ignore_above": 256}}}""";

    private static final String COMPANY = """
            {"properties": {"name": %s, "creditCode": {"type": "keyword"}}}""".formatted(CHINESE_TEXT);

    static final String JSON = """
            {
              "settings": {
                "analysis": {
                  "normalizer": {
                    "model": {"type": "custom", "filter": ["cjk_width", "lowercase", "asciifolding"]}
                  }
                }
              },
              "mappings": {
                "dynamic": "strict",
                "properties": {
                  "number": {"type": "keyword"},
                  "status": {"type": "keyword"},
                  "holder": %1$s,
                  "manufacturer": %1$s,
                  "factory": {"type": "object", "enabled": false},
                  "productName": %2$s,
                  "catalogueCode": {"type": "keyword"},
                  "models": {"type": "text", "analyzer": "cjk", "fields": {
                    "keyword": {"type": "keyword", "normalizer": "model"}}},
                  "standards": {"type": "keyword"},
                  "issuedOn": {"type": "date", "format": "strict_date"},
                  "validUntil": {"type": "date", "format": "strict_date"},
                  "issuingBody": {"type": "keyword"},
                  "statusReason": {"type": "text", "analyzer": "smartcn"},
                  "statusChangedAt": {"type": "date"}
                }
              }
            }""".formatted(COMPANY, CHINESE_TEXT);

    private CertificateSearchMapping() {
    }
}
