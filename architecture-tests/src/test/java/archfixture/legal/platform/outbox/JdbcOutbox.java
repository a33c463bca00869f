package archfixture.legal.platform.outbox;

import archfixture.legal.kernel.Sku;
import archfixture.legal.platform.Outbox;

public class JdbcOutbox implements Outbox {
    @Override
    public void publish(Object event) {
        if (event instanceof Sku) {
            return;
        }
    }
}
