package io.kuajing.plugin.marketplace;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.Plugin;
import io.kuajing.plugin.UnsupportedOperation;

/**
 * A marketplace: a SOURCE Kuajing buys from (its catalogue and offers), a CHANNEL Kuajing sells on, or both.
 *
 * <p>Every operation has a default that throws {@link UnsupportedOperation}: a plugin overrides the operations of
 * the capabilities it declares and nothing else. Operations return results with typed {@link Message}s for partial
 * failure (one bad row, one refused listing); they throw only when the whole call failed, and then
 * {@link UnsupportedOperation} or an unchecked exception the host reports as a plugin failure. Implementations
 * must be safe to call from several threads; the host never calls an operation before
 * {@link #start(io.kuajing.plugin.PluginContext)} returned.
 */
public interface MarketplacePlugin extends Plugin {

    /** Roles, sites and carrier codes. Cheap and side-effect free, like {@link #descriptor()}. */
    MarketplaceProfile profile();

    /**
     * A page of the catalogue (capability {@link Capability#CATALOG}).
     *
     * @param cursor   null for the first page, else the previous page's {@link CatalogPage#nextCursor()}
     * @param pageSize the most items wanted; a plugin may return fewer (never more)
     */
    default CatalogPage catalog(String cursor, int pageSize) {
        throw unsupported(Capability.CATALOG);
    }

    /** Current offers for the given external refs (capability {@link Capability#OFFERS}). */
    default OfferBatch offers(List<String> externalRefs) {
        throw unsupported(Capability.OFFERS);
    }

    /** Creates or updates a listing, idempotently by SKU (capability {@link Capability#LISTINGS}). */
    default ItemResult upsertListing(Listing listing) {
        throw unsupported(Capability.LISTINGS);
    }

    /** Pushes prices and stock levels; one result per update (capability {@link Capability#PRICE_STOCK}). */
    default List<ItemResult> pushPriceStock(List<PriceStockUpdate> updates) {
        throw unsupported(Capability.PRICE_STOCK);
    }

    /** Orders changed in a time window (capability {@link Capability#CHANNEL_ORDERS}). */
    default ChannelOrderPage channelOrders(ChannelOrderQuery query) {
        throw unsupported(Capability.CHANNEL_ORDERS);
    }

    /**
     * Confirms a shipment; the result's sku is the external order id (capability
     * {@link Capability#SHIPMENT_CONFIRMATION}).
     */
    default ItemResult confirmShipment(ShipmentConfirmation confirmation) {
        throw unsupported(Capability.SHIPMENT_CONFIRMATION);
    }

    /**
     * The marketplace capabilities a plugin class really implements: those whose operation it overrides. The host
     * compares them with the declared ones, so a plugin cannot declare what it does not do (or do what it hides).
     */
    static Set<Capability> implementedCapabilities(Class<? extends MarketplacePlugin> type) {
        Map<String, Capability> operations = Map.of(
                "catalog", Capability.CATALOG,
                "offers", Capability.OFFERS,
                "upsertListing", Capability.LISTINGS,
                "pushPriceStock", Capability.PRICE_STOCK,
                "channelOrders", Capability.CHANNEL_ORDERS,
                "confirmShipment", Capability.SHIPMENT_CONFIRMATION);
        Set<Capability> implemented = EnumSet.noneOf(Capability.class);
        for (Method operation : MarketplacePlugin.class.getDeclaredMethods()) {
            Capability capability = operations.get(operation.getName());
            if (capability == null || !operation.isDefault()) {
                continue;
            }
            try {
                if (type.getMethod(operation.getName(), operation.getParameterTypes()).getDeclaringClass()
                        != MarketplacePlugin.class) {
                    implemented.add(capability);
                }
            } catch (NoSuchMethodException impossible) {
                // Every public interface method is a public method of the implementing class.
                throw new IllegalStateException(impossible);
            }
        }
        return implemented;
    }

    private UnsupportedOperation unsupported(Capability capability) {
        return new UnsupportedOperation(descriptor().id(), capability);
    }
}
