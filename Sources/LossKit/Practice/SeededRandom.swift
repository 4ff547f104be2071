/// A small seeded random source (SplitMix64) whose numbers depend on the seed alone, on every platform
/// and Swift version, so a practice seed gives the same problems everywhere.
public struct SeededRandom: Sendable, Equatable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

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
