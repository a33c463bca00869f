package io.kuajing.platform.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kuajing.platform.EventHandler;
import jakarta.inject.Singleton;

/** The handlers of the running app, by id; ids must be unique because publications are stored by id. */
@Singleton
class EventHandlers {

    private final Map<String, EventHandler<?>> byId;

    EventHandlers(Collection<EventHandler<?>> handlers) {
        this.byId = handlers.stream().collect(Collectors.toMap(EventHandler::id, Function.identity(), (a, b) -> {
            throw new IllegalStateException("two event handlers share the id " + a.id());
        }));
    }

    List<EventHandler<?>> interestedIn(Class<?> eventType) {
        return byId.values().stream().filter(h -> h.eventType().isAssignableFrom(eventType)).toList();
    }

    Optional<EventHandler<?>> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
