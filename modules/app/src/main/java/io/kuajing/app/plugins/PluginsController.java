package io.kuajing.app.plugins;

import java.util.List;

import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What the plugin folder held at start: loaded plugins and failures with reasons. */
@Tag(name = "plugins")
@ProblemResponses
@Controller("/api/plugins")
class PluginsController {

    private final PluginHost host;

    PluginsController(PluginHost host) {
        this.host = host;
    }

    @Get
    @Operation(summary = "List plugins and their state",
            description = "Every JAR or folder found in the plugin folder: LOADED with its identity, capabilities and declared settings (configured or not, never their values), or FAILED with the reason (a missing required setting names it). Roles: PLUGIN_ADMIN, OPERATOR.")
    @Secured({Roles.PLUGIN_ADMIN, Roles.OPERATOR})
    List<PluginReport> plugins() {
        return host.reports();
    }
}
