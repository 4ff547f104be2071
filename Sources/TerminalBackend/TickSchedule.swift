/// When the event loop sends `.tick` events: every `AppState.tickInterval` while the state asks for them.
///
/// When the loop falls behind (a slow frame), the missed ticks are still sent, up to `maximumCatchUp`
/// at once, so the app's work keeps its pace while drawing happens once for all of them; beyond that
/// the schedule starts afresh from now rather than trying to catch up forever.
struct TickSchedule {
    /// The most missed ticks sent in one go.
    static let maximumCatchUp = 100

    /// When the next tick is due, or nil while no ticks are wanted.
    private(set) var next: ContinuousClock.Instant?
    private var interval: Duration?

    /// Starts, re-times or stops the schedule to match `interval` (nil: no ticks).
    mutating func follow(_ interval: Duration?, now: ContinuousClock.Instant) {
        guard let interval, interval > .zero else {
            next = nil
            self.interval = nil
            return
        }
        if interval != self.interval || next == nil {
            next = now + interval
            self.interval = interval
        }
    }

    /// How many ticks are due at `now`; moves the schedule past them.
    mutating func due(now: ContinuousClock.Instant) -> Int {
        guard let interval, var upcoming = next else { return 0 }
        var count = 0
        while upcoming <= now && count < Self.maximumCatchUp {
            count += 1
            upcoming += interval
        }
        next = upcoming <= now ? now + interval : upcoming
        return count
    }
}
