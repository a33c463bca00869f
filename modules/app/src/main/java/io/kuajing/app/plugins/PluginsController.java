package io.kuajing.app.plugins;

import java.util.List;

import io.kuajing.platform.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;

/** What the plugin folder held at start: loaded plugins and failures with reasons. */
@Controller("/api/plugins")
class PluginsController {

    private final PluginHost host;

    PluginsController(PluginHost host) {
        this.host = host;
    }

    @Get
    @Secured({Roles.PLUGIN_ADMIN, Roles.OPERATOR})
    List<PluginReport> plugins() {
        return host.reports();
    }
}
