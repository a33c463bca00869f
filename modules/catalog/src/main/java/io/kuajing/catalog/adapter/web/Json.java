package io.kuajing.catalog.adapter.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.LandedPrice;
import io.kuajing.catalog.OfferView;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.catalog.RejectedRow;
import io.kuajing.catalog.ReviewingTranslations;
import io.kuajing.catalog.SourceMarketplace;
import io.kuajing.platform.MoneyJson;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The catalogue's HTTP representations. Money travels as a decimal string with its currency, never as a JSON number
 * (clients parse numbers into doubles). Empty lists are written as [] (serde would drop them): "no price" must read
 * as an empty list, not as a missing field.
 */
final class Json {

    private Json() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProductSummary(String sku, String title, String language, boolean translated, @Nullable String brand,
                          @Nullable String category, String eligibility, List<String> modes,
                          @Nullable MoneyJson fromPrice) {
        static ProductSummary of(ProductSnapshot p) {
            return new ProductSummary(p.sku().value(), p.title(), p.language(), p.translated(), p.brand(), p.category(),
                    p.eligibility(), p.prices().stream().map(l -> l.mode().name()).toList(),
                    p.prices().isEmpty() ? null : MoneyJson.of(p.prices().get(0).total()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProductPage(String sku, String title, @Nullable String description, String language, boolean translated,
                       @Nullable String brand, @Nullable String category, @Nullable String hsCode, String eligibility,
                       List<LandedPriceJson> prices, Map<String, String> unavailable, @Nullable String specification,
                       @Nullable String origin) {
        static ProductPage of(ProductSnapshot p) {
            Map<String, String> unavailable = new TreeMap<>();
            p.unavailable().forEach((mode, why) -> unavailable.put(mode.name(), why));
            return new ProductPage(p.sku().value(), p.title(), p.description(), p.language(), p.translated(), p.brand(),
                    p.category(), p.hsCode(), p.eligibility(), p.prices().stream().map(LandedPriceJson::of).toList(),
                    unavailable, p.specification(), p.origin() == null ? null : p.origin().value());
        }
    }

    @Serdeable
    record LandedPriceJson(String mode, MoneyJson goods, MoneyJson freight, MoneyJson tax, MoneyJson total,
                           String taxBasis, String deliveryEarliest, String deliveryLatest, String deliveryWording,
                           String marketplace, String externalRef, String sellerId, String warehouseCode,
                           MoneyJson offerPrice, String fxRate, String fxEffectiveFrom) {
        static LandedPriceJson of(LandedPrice l) {
            return new LandedPriceJson(l.mode().name(), MoneyJson.of(l.goods()), MoneyJson.of(l.freight()),
                    MoneyJson.of(l.tax()), MoneyJson.of(l.total()), l.taxBasis(), l.deliveryEarliest().toString(),
                    l.deliveryLatest().toString(), l.deliveryWording(), l.marketplace(), l.externalRef(), l.sellerId(),
                    l.warehouseCode(), MoneyJson.of(l.offerPrice()), l.fxRate().toPlainString(),
                    l.fxEffectiveFrom().toString());
        }
    }

    @Serdeable
    record OfferJson(String marketplace, String externalRef, String sellerId, @Nullable String sellerName,
                     String warehouseCode, String warehouseCountry, String warehouseType, MoneyJson price, int stock) {
        static OfferJson of(OfferView o) {
            return new OfferJson(o.marketplace(), o.externalRef(), o.sellerId(), o.sellerName(), o.warehouseCode(),
                    o.warehouseCountry(), o.warehouseType(), MoneyJson.of(o.price()), o.stock());
        }
    }

    @Serdeable
    record ImportRequest(String marketplace) {
    }

    @Serdeable
    record ImportRunJson(long id, String marketplace, String status, String startedBy, Instant startedAt,
                         @Nullable Instant finishedAt, long seen, long created, long updated, long unchanged,
                         long rejected, long withdrawn, @Nullable String error) {
        static ImportRunJson of(CatalogImportRun r) {
            return new ImportRunJson(r.id(), r.marketplace(), r.status(), r.startedBy(), r.startedAt(), r.finishedAt(),
                    r.seen(), r.created(), r.updated(), r.unchanged(), r.rejected(), r.withdrawn(), r.error());
        }
    }

    @Serdeable
    record RejectionJson(String ref, String code, String reason) {
        static RejectionJson of(RejectedRow r) {
            return new RejectionJson(r.ref(), r.code(), r.reason());
        }
    }

    @Serdeable
    record MarketplaceJson(String id, String name, String version, List<String> sites) {
        static MarketplaceJson of(SourceMarketplace m) {
            return new MarketplaceJson(m.id(), m.name(), m.version(), m.sites());
        }
    }

    @Serdeable
    record ClassificationRequest(String hsCode) {
    }

    @Serdeable
    record TranslationRequest(String title, @Nullable String description, @Nullable String brand) {
    }

    @Serdeable
    record OriginRequest(String countryCode) {
    }

    @Serdeable
    record TextRequest(@Nullable String text) {
    }

    @Serdeable
    record KeysRequest(List<String> keys) {
    }

    @Serdeable
    record ApprovedJson(int approved) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TranslationJson(@Nullable String sku, @Nullable String field, @Nullable String marketplace, String key,
                           String sourceText, String sourceLanguage, String status, @Nullable String draft,
                           @Nullable String draftOrigin, @Nullable String approved, @Nullable String approvedBy,
                           @Nullable Instant approvedAt, @Nullable String previousApproved, List<DiffJson> diff) {
        static TranslationJson of(ReviewingTranslations.Item i) {
            return new TranslationJson(i.sku(), i.field(), i.marketplace(), i.key(), i.sourceText(), i.sourceLanguage(),
                    i.status(), i.draft(), i.draftOrigin(), i.approved(), i.approvedBy(), i.approvedAt(),
                    i.previousApproved(), i.diff().stream().map(d -> new DiffJson(d.op(), d.text())).toList());
        }
    }

    @Serdeable
    record DiffJson(String op, String text) {
    }

    @Serdeable
    record ProgressJson(long queuedProducts, long waiting, long drafts, long approved, long untranslatedProducts,
                        String machineTranslation) {
        static ProgressJson of(ReviewingTranslations.Progress p) {
            return new ProgressJson(p.queuedProducts(), p.waiting(), p.drafts(), p.approved(), p.untranslatedProducts(),
                    p.machineTranslation());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GlossaryJson(String kind, String source, String target, @Nullable String factor) {
        static GlossaryJson of(ReviewingTranslations.GlossaryEntry e) {
            return new GlossaryJson(e.kind(), e.source(), e.target(), e.factor() == null ? null : e.factor().stripTrailingZeros().toPlainString());
        }
    }
}
