package io.tianping.searchnode;

import java.util.List;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenizer;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The Chinese analysis components an index may name, under the names the official Elasticsearch plugins use
 * (analysis-smartcn, analysis-common), so the same mappings work on a real cluster that has those plugins.
 * Without analysis-common (not published to Maven) only {@code standard} tokenizes, CJK as single characters.
 * {@code lowercase} is not registered here: Elasticsearch's core already has it (a duplicate name fails the node).
 */
public class ChineseAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(
                new PreBuiltAnalyzerProviderFactory("smartcn", CachingStrategy.ONE, SmartChineseAnalyzer::new),
                new PreBuiltAnalyzerProviderFactory("cjk", CachingStrategy.ONE, CJKAnalyzer::new));
    }

    @Override
    public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
        return List.of(PreConfiguredTokenizer.singleton("smartcn_tokenizer", HMMChineseTokenizer::new));
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(
                PreConfiguredTokenFilter.singleton("cjk_bigram", false, CJKBigramFilter::new),
                PreConfiguredTokenFilter.singleton("cjk_width", true, CJKWidthFilter::new),
                PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new));
    }
}
