/**
 * What every module's Elasticsearch index does the same way: created with its mapping when missing, documents written
 * with external versions (a redelivered or replayed event changes nothing), searched, counted, recreated for a
 * rebuild. No Spring, no Axon, no domain: each module keeps its mapping, documents and queries (docs/adr/0004).
 */
package io.tianping.searchsupport;
