package archfixture.legal.platform;

public interface Outbox {
    void publish(Object event);
}
