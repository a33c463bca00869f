package io.kuajing.catalog.adapter.alimt;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code kuajing.catalog.translation.alimt.*}: the AccessKey pair (RAM user with AliyunMTFullAccess), the endpoint
 * (region), and how hard to push: requests per second (the API allows 50 QPS per account; stay below it when other
 * systems share the account), attempts and backoff on throttling and server errors, and the per-request timeout.
 */
@ConfigurationProperties("kuajing.catalog.translation.alimt")
class AlimtSettings {

    private String accessKeyId;
    private String accessKeySecret;
    private String endpoint = "https://mt.cn-hangzhou.aliyuncs.com/";
    private double requestsPerSecond = 10;
    private int maxAttempts = 5;
    private Duration backoff = Duration.ofMillis(500);
    private Duration timeout = Duration.ofSeconds(10);

    public String getAccessKeyId() {
        return accessKeyId;
    }

    public void setAccessKeyId(String accessKeyId) {
        this.accessKeyId = accessKeyId;
    }

    public String getAccessKeySecret() {
        return accessKeySecret;
    }

    public void setAccessKeySecret(String accessKeySecret) {
        this.accessKeySecret = accessKeySecret;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public void setRequestsPerSecond(double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getBackoff() {
        return backoff;
    }

    public void setBackoff(Duration backoff) {
        this.backoff = backoff;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }
}
