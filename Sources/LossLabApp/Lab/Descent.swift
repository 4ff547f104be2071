import LossKit

/// The Lab's gradient descent: the learning rate, which loss drives it, and every shown loss after each step.
///
/// The steps themselves are LossKit's (`IncrementalEvaluation.descend`); this value remembers where
/// they started, so `u` can go back, and whether they play by themselves.
struct Descent: Sendable, Equatable {
    /// Why a descent stopped by itself.
    enum Stop: Sendable, Equatable {
        /// The driving loss changed by less than `tolerance` of itself in one step.
        case settled
        /// The play took `cap` steps.
        case cap
        /// The next step would have left the finite numbers; it was not taken.
        case diverged
    }

    /// The learning rate η.
    var rate: Double
    /// The loss whose gradient moves the predictions, as chosen; the Lab falls back to the first
    /// shown loss while this one is not shown (see `LabState.driver`).
    var driver: Loss?
    /// The predictions before the first step (what `u` restores); nil before any step.
    var start: [Double]?
    /// For each shown loss, in order: its value before the first step, then after each step.
    var history: [[Double]] = []
    /// Whether a step is taken at every tick.
    var playing = false
    /// Steps taken since the play last started.
    var played = 0
    /// The last step, when it held predictions at the edge of their bounds.
    var clamped: DescentStep?
    var stop: Stop?

    /// A descent at rate η = `rate`, driven by the first shown loss.
    init(rate: Double = Self.defaultRate) {
        self.rate = rate
    }

    /// The rate a Lab starts with.
    static let defaultRate = 0.1
    /// The rates `<` and `>` move between: 1, 2, 5 in each decade from 0.001 to 100.
    static let rates: [Double] = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]
    /// The most steps one play takes before it pauses.
    static let cap = 500
    /// A step that changes the driving loss by less than this fraction of it ends the play.
    static let tolerance = 1e-12
    /// One step per tick, ten a second.
    static let tickInterval: Duration = .milliseconds(100)

    /// The steps taken since the start.
    var steps: Int { max(0, (history.first?.count ?? 0) - 1) }

    /// The next rate of `rates` above (`direction` > 0) or below the current one, or the end of the ladder.
    func nextRate(_ direction: Int) -> Double {
        direction > 0 ? Self.rates.first { $0 > rate * (1 + 1e-9) } ?? max(rate, Self.rates.last!)
            : Self.rates.last { $0 < rate * (1 - 1e-9) } ?? min(rate, Self.rates.first!)
    }

    /// Whether a step from `before` to `after` counts as no change: relative change below `tolerance`.
    static func settled(from before: Double, to after: Double) -> Bool {
        after == before || abs(after - before) < tolerance * abs(before)
    }

    /// Forgets the steps (the values they started from no longer apply); keeps the rate and the driver.
    mutating func forget() {
        self = Descent(rate: rate, driver: driver)
    }

    private init(rate: Double, driver: Loss?) {
        self.rate = rate
        self.driver = driver
    }
}
