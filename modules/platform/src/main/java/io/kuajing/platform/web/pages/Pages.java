package io.kuajing.platform.web.pages;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kuajing.platform.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

/**
 * Builds the {@link PageShell} for a request: the viewer's language (cookie {@value #LANGUAGE_COOKIE}: {@code en},
 * else zh-CN), the navigation their roles open, and the form token of their session.
 */
@Singleton
public final class Pages {

    public static final String LANGUAGE_COOKIE = "KJ_LANG";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final Set<String> OPERATOR = Set.of(Roles.OPERATOR);

    private final FormTokens tokens;

    Pages(FormTokens tokens) {
        this.tokens = tokens;
    }

    /** The viewer's language for console pages; the shop is in Chinese whatever this says. */
    public static Locale locale(HttpRequest<?> request) {
        return request.getCookies().findCookie(LANGUAGE_COOKIE).map(Cookie::getValue)
                .filter("en"::equals).map(en -> Locale.ENGLISH).orElse(CHINESE);
    }

    /** A shop page: always zh-CN. */
    public PageShell shop(HttpRequest<?> request, String title, Collection<String> roles) {
        return shell(request, title, roles, CHINESE);
    }

    /** A console page, in the viewer's language. */
    public PageShell console(HttpRequest<?> request, String title, Collection<String> roles) {
        return shell(request, title, roles, locale(request));
    }

    /** A module's console texts (its message bundle) in the viewer's language. */
    public static Texts consoleTexts(HttpRequest<?> request, String bundle) {
        return Texts.of(bundle, locale(request));
    }

    /**
     * What every console page's model starts with: the {@code shell} titled from the module's {@code texts}, and
     * those {@code texts}. The map is the page's own to add to. Console routes are {@code @Secured} for operators,
     * so the navigation is the operator's whatever else the viewer may be.
     */
    public Map<String, Object> consoleModel(HttpRequest<?> request, Texts texts, String titleKey,
                                            Object... titleArguments) {
        Map<String, Object> model = new HashMap<>();
        model.put("shell", console(request, texts.get(titleKey, titleArguments), OPERATOR));
        model.put("texts", texts);
        return model;
    }

    private PageShell shell(HttpRequest<?> request, String title, Collection<String> roles, Locale locale) {
        Texts texts = Texts.of("pages", locale);
        List<PageShell.Link> nav = new ArrayList<>();
        if (roles.contains(Roles.CONSUMER)) {
            nav.add(new PageShell.Link("/shop", texts.get("nav.shop")));
            nav.add(new PageShell.Link("/shop/basket", texts.get("nav.basket")));
            nav.add(new PageShell.Link("/shop/orders", texts.get("nav.orders")));
        }
        if (roles.contains(Roles.OPERATOR)) {
            nav.add(new PageShell.Link("/console/orders", texts.get("nav.console.orders")));
            nav.add(new PageShell.Link("/console/failed-events", texts.get("nav.console.failedEvents")));
            nav.add(new PageShell.Link("/console/translations", texts.get("nav.console.translations")));
            nav.add(new PageShell.Link("/console/catalog/imports", texts.get("nav.console.imports")));
            nav.add(new PageShell.Link("/console/customs/quota", texts.get("nav.console.quota")));
            nav.add(new PageShell.Link("/console/customs/bonded-books", texts.get("nav.console.bondedBooks")));
            nav.add(new PageShell.Link("/console/reports", texts.get("nav.console.reports")));
            nav.add(new PageShell.Link("/console/export/report", texts.get("nav.console.exportReport")));
            nav.add(new PageShell.Link("/console/plugins", texts.get("nav.console.plugins")));
        }
        String user = request.getUserPrincipal().map(Principal::getName).orElse(null);
        return new PageShell(title, texts, tokens.tokenFor(request), user, nav);
    }
}
