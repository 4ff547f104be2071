/// A running sum with Neumaier's compensation: its error stays near one rounding, whatever n is.
public struct CompensatedSum: Sendable, Equatable {
    private var sum = 0.0
    private var compensation = 0.0
    /// The plain sum, which carries ±∞ and NaN where compensation cannot.
    private var plain = 0.0

    public init() {}

    /// Adds one value.
    @inline(__always)
    public mutating func add(_ value: Double) {
        let t = sum + value
        if abs(sum) >= abs(value) {
            compensation += (sum - t) + value
        } else {
            compensation += (value - t) + sum
        }
        sum = t
        plain += value
    }

    /// The sum so far.
    public var value: Double { plain.isFinite ? sum + compensation : plain }
}
