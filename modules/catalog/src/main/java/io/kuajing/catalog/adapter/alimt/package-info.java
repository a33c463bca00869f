/**
 * Machine translation by Alibaba Cloud Machine Translation (alimt, API version 2018-10-12): GetBatchTranslate with
 * ApiType translate_ecommerce, over HTTP with the RPC signature (HMAC-SHA1). Only when an AccessKey is configured.
 */
@SecondaryAdapter
package io.kuajing.catalog.adapter.alimt;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
