package io.kuajing.app.security;

import java.util.List;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * {@code kuajing.security.dev-users.<name>}: users for trying Kuajing on a laptop (the {@code dev} environment
 * ships a consumer, an operator and a plugin admin). Never configure them in production.
 */
@EachProperty("kuajing.security.dev-users")
public class DevelopmentUsers {

    private final String username;
    private String password;
    private List<String> roles = List.of();

    public DevelopmentUsers(@Parameter String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
