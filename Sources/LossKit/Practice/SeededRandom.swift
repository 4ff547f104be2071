/// A small seeded random source (on `SplitMix64`) whose numbers depend on the seed alone, on every platform
/// and Swift version, so a practice seed gives the same problems everywhere.
public struct SeededRandom: Sendable, Equatable {
    private var bits: SplitMix64

    public init(seed: UInt64) {
        bits = SplitMix64(seed: seed)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 { bits.next() }

    /// A whole number in `range`, each equally likely (by rejection, without the modulo's bias).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        let limit = UInt64.max - UInt64.max % span
        var bits = next()
        while bits >= limit { bits = next() }
        return range.lowerBound + Int(bits % span)
    }

    /// One element of `items`, which must not be empty.
    public mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }
}
