package io.tianping.spotcheck.projection;

/**
 * Settings and mapping of the {@code spotcheck-results} index. The product name is indexed three ways, as in
 * verification's {@code certificates}: {@code smartcn} words, a {@code .cjk} bigram sub-field (smartcn keeps 波轮洗衣机
 * as one word, so only the bigrams let 洗衣机 find it) and a {@code .keyword}; company names and failed items the first
 * two ways. Models go through the cjk analyzer (lower-cased, full-width folded, split at hyphens) with a normalised
 * keyword beside; credit codes and standards are compared folded to half-width lower case. Only analysis components
 * that both the embedded node and a real cluster with analysis-smartcn provide are named here.
 */
final class ResultSearchMapping {

    private static final String CHINESE_NAME = """
            {"type": "text", "analyzer": "smartcn", "fields": {
                "cjk": {"type": "text", "analyzer": "cjk"}}}""";

    private static final String CHINESE_TEXT = """
            {"type": "text", "analyzer": "smartcn", "fields": {
                "cjk": {"type": "text", "analyzer": "cjk"},
                "keyword": {"type": "keyword", "ignore_above": 256}}}""";

    private static final String CODE = """
            {"type": "keyword", "normalizer": "code"}""";

    private static final String STORED_ONLY = """
            {"type": "keyword", "index": false, "doc_values": false}""";

    static final String JSON = """
            {
              "settings": {
                "analysis": {
                  "normalizer": {
                    "code": {"type": "custom", "filter": ["cjk_width", "lowercase"]},
                    "model": {"type": "custom", "filter": ["cjk_width", "lowercase", "asciifolding"]}
                  }
                }
              },
              "mappings": {
                "dynamic": "strict",
                "properties": {
                  "sampleId": {"type": "keyword"},
                  "planId": {"type": "keyword"},
                  "platform": {"type": "keyword"},
                  "listingId": {"type": "keyword"},
                  "catalogueCode": {"type": "keyword"},
                  "productName": %1$s,
                  "model": {"type": "text", "analyzer": "cjk", "fields": {
                    "keyword": {"type": "keyword", "normalizer": "model"}}},
                  "sellerName": %2$s,
                  "sellerCreditCode": %3$s,
                  "producerName": %2$s,
                  "producerCreditCode": %3$s,
                  "conforming": {"type": "boolean"},
                  "failedItems": {"properties": {
                    "item": %2$s,
                    "standard": %3$s,
                    "requirement": %4$s,
                    "measured": %4$s}},
                  "finalAt": {"type": "date"}
                }
              }
            }""".formatted(CHINESE_TEXT, CHINESE_NAME, CODE, STORED_ONLY);

    private ResultSearchMapping() {
    }
}
