package beskid.runtime.symbols;

import beskid.abi.PanicCode;
import beskid.runtime.execution.BeskidPanic;

/** The handler list behind an {@code event{N}} field: at most N handlers, in subscription order. */
final class EventHandlers {
    private final Object[] handlers;
    private int size;

    EventHandlers(int capacity) {
        handlers = new Object[capacity];
    }

    void subscribe(Object handler) {
        if (size == handlers.length) {
            throw new BeskidPanic(PanicCode.EVENT_CAPACITY_EXCEEDED.message());
        }
        handlers[size++] = handler;
    }

    void unsubscribeFirst(Object handler) {
        for (int i = 0; i < size; i++) {
            if (handlers[i] == handler) {
                System.arraycopy(handlers, i + 1, handlers, i, size - i - 1);
                handlers[--size] = null;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    Object get(long index) {
        if (index < 0 || index >= size) {
            throw new BeskidPanic("index out of bounds: " + index + " (len " + size + ")");
        }
        return handlers[(int) index];
    }
}
