package io.tianping.enforcement.projection;

/**
 * Settings and mapping of the {@code cases} index. The party's name and the product are indexed three ways, as in
 * verification's {@code certificates}: {@code smartcn} words, a {@code .cjk} bigram sub-field (smartcn keeps 电热水壶
 * as one word, so only the bigrams let 水壶 find it) and a {@code .keyword}. Credit codes are compared folded to
 * half-width lower case, so a code typed in either case or with a Chinese input method's full-width letters matches.
 * Only analysis components that both the embedded node and a real cluster with analysis-smartcn provide are named here.
 */
final class CaseSearchMapping {

    private static final String CHINESE_TEXT = """
            {"type": "text", "analyzer": "smartcn", "fields": {
                "cjk": {"type": "text", "analyzer": "cjk"},
                "keyword": {"type": "keyword", "ignore_above": 256}}}""";

    static final String JSON = """
            {
              "settings": {
                "analysis": {
                  "normalizer": {
                    "code": {"type": "custom", "filter": ["cjk_width", "lowercase"]}
                  }
                }
              },
              "mappings": {
                "dynamic": "strict",
                "properties": {
                  "caseId": {"type": "keyword"},
                  "stage": {"type": "keyword"},
                  "source": {"type": "keyword"},
                  "party": {"properties": {
                    "name": %1$s,
                    "creditCode": {"type": "keyword", "normalizer": "code"}}},
                  "product": %1$s,
                  "competentRegion": {"type": "keyword"},
                  "accessRegions": {"type": "keyword"},
                  "raisedAt": {"type": "date"},
                  "lastChangedAt": {"type": "date"},
                  "nextDueOn": {"type": "date", "format": "strict_date"},
                  "overdue": {"type": "boolean"}
                }
              }
            }""".formatted(CHINESE_TEXT);

    private CaseSearchMapping() {
    }
}
