package io.tianping.verification.projection;

/**
 * Settings and mapping of the {@code certificates} index. Product names are indexed two ways: {@code smartcn} words
 * and a {@code .cjk} bigram sub-field (smartcn keeps 电热水壶 as one word, so only the bigrams let 水壶 find it).
 * Company names go through the bigrams only: a name is a place, a trade name and a trade, which bigrams find as well as
 * words do, and smartcn on both names was a third of the node's indexing CPU (measured: 8.2 → 5.6 CPU seconds per
 * 100,000 certificates). Nothing searches names as whole keywords (credit codes identify companies), so there is no
 * {@code .keyword} for them. Models go through the cjk analyzer too (lower-cased, full-width folded, split at hyphens), so a
 * model, part of one, or a company name plus a model all match. Only analysis components that both the embedded node
 * and a real cluster with analysis-smartcn provide are named here.
 */
final class CertificateSearchMapping {

    /**
     * Raised with every change of the mapping below; an index built with an older one is rebuilt at start
     * ({@link CertificateSearchRebuild}). 1: names with smartcn, .cjk and .keyword (until 2026-11); 2: names as bigrams.
     */
    static final int VERSION = 2;

    private static final String CHINESE_TEXT = """
            {"type": "text", "analyzer": "smartcn", "fields": {"cjk": {"type": "text", "analyzer": "cjk"}}}""";

    private static final String COMPANY = """
            {"properties": {"name": {"type": "text", "analyzer": "cjk"}, "creditCode": {"type": "keyword"}}}""";

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
                "_meta": {"mapping": %3$d},
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
            }""".formatted(COMPANY, CHINESE_TEXT, VERSION);

    private CertificateSearchMapping() {
    }
}
