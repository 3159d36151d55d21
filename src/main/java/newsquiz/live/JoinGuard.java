package newsquiz.live;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Limits wrong join codes per address: after {@code maxFailures} wrong codes within {@code windowMillis}, that
 * address may not try again until the oldest of them is older than the window. Guessing a 6-digit code is then
 * hopeless, and a typo costs nothing. Thread-safe; the clock comes in from the caller.
 */
public final class JoinGuard {
    /** Addresses kept at most, so a flood of addresses cannot grow the table without bound. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int maxFailures;
    private final long windowMillis;
    private final Map<String, Deque<Long>> failures = new HashMap<>();

    JoinGuard(int maxFailures, long windowMillis) {
        this.maxFailures = maxFailures;
        this.windowMillis = windowMillis;
    }

    synchronized boolean allowed(String address, long now) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return true;
        }
        while (!times.isEmpty() && now - times.peekFirst() >= windowMillis) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(address);
            return true;
        }
        return times.size() < maxFailures;
    }

    synchronized void failed(String address, long now) {
        if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(address)) {
            failures.entrySet().removeIf(e -> e.getValue().isEmpty() || now - e.getValue().peekLast() >= windowMillis);
            if (failures.size() >= MAX_ADDRESSES) {
                return;
            }
        }
        failures.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(now);
    }
}
