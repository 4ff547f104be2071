/// When the event loop sends `.tick` events: every `AppState.tickInterval` while the state asks for
/// them, or back to back while it works continuously (`AppState.ticksContinuously`).
///
/// When the loop falls behind (a slow frame), the missed ticks are still due, one after another, so
/// the app's work keeps its pace while drawing happens once for all of them; when it is more than
/// `maximumCatchUp` intervals behind, the schedule starts afresh from now rather than catching up.
struct TickSchedule {
    /// The most intervals the schedule catches up on after a stall.
    static let maximumCatchUp = 100

    /// When the next tick is due, or nil while no ticks are wanted.
    private(set) var next: ContinuousClock.Instant?
    private var interval: Duration?
    private var continuous = false

    /// Starts, re-times or stops the schedule to match `interval` (nil: no ticks); `continuous` makes
    /// every moment a tick's moment, so ticks come as fast as the loop can take them.
    mutating func follow(_ interval: Duration?, continuous: Bool = false, now: ContinuousClock.Instant) {
        guard let interval, interval > .zero || continuous else {
            next = nil
            self.interval = nil
            return
        }
        if continuous {
            next = now
        } else if interval != self.interval || self.continuous || next == nil {
            next = now + interval
        }
        self.interval = interval
        self.continuous = continuous
    }

    /// Whether a tick is due at `now`.
    func isDue(now: ContinuousClock.Instant) -> Bool { next.map { $0 <= now } ?? false }

    /// Moves the schedule past the tick that was due, skipping ahead after a long stall.
    mutating func advance(now: ContinuousClock.Instant) {
        guard let interval, let upcoming = next else { return }
        if continuous {
            next = now
        } else {
            next = now - upcoming > interval * Self.maximumCatchUp ? now + interval : upcoming + interval
        }
    }
}
