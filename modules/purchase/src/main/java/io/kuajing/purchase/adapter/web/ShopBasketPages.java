package io.kuajing.purchase.adapter.web;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kuajing.customs.QuotaStatus;
import io.kuajing.customs.Quotas;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Roles;
import io.kuajing.platform.web.pages.Forms;
import io.kuajing.platform.web.pages.Pages;
import io.kuajing.purchase.CheckoutCommand;
import io.kuajing.purchase.CheckoutResult;
import io.kuajing.purchase.ConsumerBasket;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.views.ModelAndView;

/**
 * The shop's basket and checkout pages (ADR 0022), over the same {@link ConsumerBasket} as the JSON API: put a
 * product in, see every line's mode, landed price and the orders checkout will place, then the real-name form whose
 * refusals are shown beside their fields; after checkout, the orders to pay and the buyer's quota left this year.
 */
// A page, not part of the JSON API: kept out of its OpenAPI document (ADR 0022).
@Hidden
@Controller(value = "/shop", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@Secured(Roles.CONSUMER)
class ShopBasketPages {

    /** The form's inputs for the fields checkout names in its refusals. */
    static final Map<String, String> INPUTS = Map.of("buyer.realName", "realName", "buyer.idNumber", "idNumber",
            "buyer.phone", "phone", "consignee.name", "consigneeName", "consignee.phone", "consigneePhone",
            "consignee.divisionCode", "divisionCode", "consignee.address", "address", "buyer", "idNumber");

    private final ConsumerBasket basket;
    private final Quotas quotas;
    private final Pages pages;
    private final Clock clock;

    ShopBasketPages(ConsumerBasket basket, Quotas quotas, Pages pages, Clock clock) {
        this.basket = basket;
        this.quotas = quotas;
        this.pages = pages;
        this.clock = clock;
    }

    @Get("/basket")
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request, Authentication consumer) {
        return page(request, consumer, Map.of(), Map.of(), null);
    }

    /** Puts a product in the basket (the product page's form), then shows the basket. */
    @Post(value = "/basket", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> put(HttpRequest<?> request, Authentication consumer, @Nullable @Body Map<String, Object> form) {
        try {
            String quantity = Forms.field(form, "quantity");
            basket.put(consumer.getName(), Forms.field(form, "sku"), quantity == null ? 1 : parseQuantity(quantity),
                    blankToNull(Forms.field(form, "mode")));
        } catch (RuleViolation refused) {
            return HttpResponse.unprocessableEntity().body(page(request, consumer, Map.of(), Map.of(), ShopWording.refusal(refused)));
        }
        return HttpResponse.seeOther(URI.create("/shop/basket"));
    }

    @Post(value = "/basket/remove", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> remove(Authentication consumer, @Nullable @Body Map<String, Object> form) {
        basket.remove(consumer.getName(), Forms.field(form, "sku"));
        return HttpResponse.seeOther(URI.create("/shop/basket"));
    }

    /**
     * Checks the basket out with the real-name form. A refusal shows the basket again with the form as typed and the
     * message beside its field; nothing was placed. The form's key makes a double submit place the orders once.
     */
    @Post(value = "/checkout", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> checkout(HttpRequest<?> request, Authentication consumer, @Nullable @Body Map<String, Object> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String input : List.of("realName", "idNumber", "phone", "consigneeName", "consigneePhone", "divisionCode",
                "address", "checkoutKey")) {
            String value = Forms.field(form, input);
            typed.put(input, value == null ? "" : value);
        }
        CheckoutResult result;
        try {
            result = basket.checkout(consumer.getName(), typed.get("checkoutKey").isEmpty() ? UUID.randomUUID().toString()
                            : typed.get("checkoutKey"),
                    new CheckoutCommand.BuyerDetails(typed.get("realName"), typed.get("idNumber"), typed.get("phone")),
                    new CheckoutCommand.ConsigneeDetails(orBuyer(typed, "consigneeName", "realName"),
                            orBuyer(typed, "consigneePhone", "phone"), typed.get("divisionCode"), typed.get("address")));
        } catch (RuleViolation refused) {
            String input = INPUTS.get(refused.field());
            Map<String, String> errors = input == null ? Map.of() : Map.of(input, ShopWording.refusal(refused));
            return HttpResponse.unprocessableEntity().body(page(request, consumer, typed, errors,
                    input == null ? ShopWording.refusal(refused) : null));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("shell", pages.shop(request, "付款", consumer.getRoles()));
        model.put("result", result);
        model.put("payerName", typed.get("realName"));
        model.put("payerIdNumber", typed.get("idNumber"));
        model.put("quota", quota(typed.get("idNumber")).orElse(null));
        return HttpResponse.ok(new ModelAndView<>("purchase/placed", model));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Authentication consumer,
                                                   Map<String, String> typed, Map<String, String> errors,
                                                   @Nullable String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("shell", pages.shop(request, "购物车", consumer.getRoles()));
        model.put("basket", basket.basket(consumer.getName()));
        Map<String, String> form = new HashMap<>(typed);
        form.putIfAbsent("checkoutKey", UUID.randomUUID().toString());
        model.put("form", form);
        model.put("errors", errors);
        model.put("notice", notice == null ? "" : notice);
        return new ModelAndView<>("purchase/basket", model);
    }

    /** The buyer's cross-border allowance left this year: the buyer just typed their own ID number. */
    private Optional<QuotaStatus> quota(String idNumber) {
        try {
            return Optional.of(quotas.status(ChineseIdNumber.of(idNumber), ChinaTime.today(clock).getYear()));
        } catch (RuntimeException notAnIdNumber) {
            return Optional.empty();
        }
    }

    private static String orBuyer(Map<String, String> typed, String consigneeField, String buyerField) {
        return typed.get(consigneeField).isEmpty() ? typed.get(buyerField) : typed.get(consigneeField);
    }

    private static int parseQuantity(String quantity) {
        try {
            return Integer.parseInt(quantity);
        } catch (NumberFormatException e) {
            throw new RuleViolation("quantity", "integer", "must be a whole number, got " + quantity);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
