package io.kuajing.platform.outbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kuajing.platform.EventHandler;
import io.micronaut.context.BeanLocator;
import jakarta.inject.Singleton;

/**
 * The handlers of the running app, by id; ids must be unique because publications are stored by id. Looked up on
 * first use, not injected: a handler that itself publishes events depends on the outbox, which depends on this.
 */
@Singleton
class EventHandlers {

    private final BeanLocator beans;
    private volatile Map<String, EventHandler<?>> byId;

    EventHandlers(BeanLocator beans) {
        this.beans = beans;
    }

    List<EventHandler<?>> interestedIn(Class<?> eventType) {
        return handlers().values().stream().filter(h -> h.eventType().isAssignableFrom(eventType)).toList();
    }

    /** Every handler's id, in a fixed order. */
    List<String> ids() {
        return handlers().keySet().stream().sorted().toList();
    }

    Optional<EventHandler<?>> byId(String id) {
        return Optional.ofNullable(handlers().get(id));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, EventHandler<?>> handlers() {
        Map<String, EventHandler<?>> known = byId;
        if (known == null) {
            synchronized (this) {
                if (byId == null) {
                    byId = beans.getBeansOfType(EventHandler.class).stream().map(h -> (EventHandler<?>) h)
                            .collect(Collectors.toMap(EventHandler::id, Function.identity(), (a, b) -> {
                                throw new IllegalStateException("two event handlers share the id " + a.id());
                            }));
                }
                known = byId;
            }
        }
        return known;
    }
}
