package io.kuajing.platform.web.pages;

import java.util.List;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import io.micronaut.core.annotation.Nullable;

/**
 * The frame around every page: head (phone-first viewport, the stylesheet, htmx), the header with the navigation the
 * viewer's roles open, the signed-in user and sign-out, and the form token htmx sends with each request. Templates
 * write {@code ${shell.page(@`...`)}}; their forms add {@code shell.formToken()} as {@value FormTokens#FIELD}.
 */
public final class PageShell {

    /** htmx as served from its WebJar (the version is the pom's {@code htmx.version}). */
    static final String HTMX = "/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    /** ECharts as served from its WebJar (the pom's {@code echarts.version}), for pages with charts. */
    public static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** Draws a page's {@link BarChart}s; loaded after {@link #ECHARTS}. */
    public static final String CHARTS = "/assets/charts.js";

    public record Link(String href, String label) {
    }

    private final String title;
    private final Texts texts;
    private final String formToken;
    private final @Nullable String user;
    private final List<Link> nav;

    PageShell(String title, Texts texts, String formToken, @Nullable String user, List<Link> nav) {
        this.title = title;
        this.texts = texts;
        this.formToken = formToken;
        this.user = user;
        this.nav = List.copyOf(nav);
    }

    public String formToken() {
        return formToken;
    }

    public Texts texts() {
        return texts;
    }

    /** A message of the shell's bundle (the navigation's, {@code i18n/pages}). */
    public String t(String key, Object... arguments) {
        return texts.get(key, arguments);
    }

    public Content page(Content body) {
        return output -> {
            output.writeContent("<!DOCTYPE html>\n<html lang=\"");
            output.writeUserContent(texts.locale().toLanguageTag());
            output.writeContent("\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
            output.writeUserContent(title);
            output.writeContent(" · 跨境 Kuajing</title><link rel=\"stylesheet\" href=\"/assets/kuajing.css\">"
                    + "<script src=\"" + HTMX + "\" defer></script></head>\n<body hx-headers='{\"" + FormTokens.HEADER + "\": \"");
            output.writeUserContent(formToken);
            output.writeContent("\"}'><header class=\"top\"><a class=\"brand\" href=\"/\">跨境 <small>Kuajing</small></a><nav>");
            for (Link link : nav) {
                output.writeContent("<a href=\"");
                output.writeUserContent(link.href());
                output.writeContent("\">");
                output.writeUserContent(link.label());
                output.writeContent("</a>");
            }
            output.writeContent("</nav>");
            if (user != null) {
                writeSignOut(output);
            }
            output.writeContent("</header>\n<main>");
            body.writeTo(output);
            output.writeContent("</main></body></html>\n");
        };
    }

    private void writeSignOut(TemplateOutput output) {
        output.writeContent("<form class=\"who\" method=\"post\" action=\"/web/logout\"><span>");
        output.writeUserContent(user);
        output.writeContent("</span><input type=\"hidden\" name=\"" + FormTokens.FIELD + "\" value=\"");
        output.writeUserContent(formToken);
        output.writeContent("\"><button type=\"submit\">");
        output.writeUserContent(texts.get("nav.signOut"));
        output.writeContent("</button></form>");
    }
}
