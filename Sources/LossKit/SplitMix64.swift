/// Sebastiano Vigna's SplitMix64 generator: the same seed gives the same numbers, bit for bit, on
/// every machine and run, and a few lines of Python reproduce it (see Benchmarks/numpy_train.py; Tests/LossKitTests/make_reference.py too).
///
/// Each call adds 0x9E3779B97F4A7C15 to a 64-bit state and mixes it with two xor-shift-multiply
/// rounds. It is deliberately not a `RandomNumberGenerator`: the standard library's `random(in:)`
/// does not promise how it turns bits into numbers, so LossLab draws only through `unit()` and `below(_:)`.
public struct SplitMix64: Sendable, Hashable {
    /// The state; the next number is a function of it alone.
    public private(set) var state: UInt64

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

    /// A number in [0, 1): the top 53 bits times 2⁻⁵³, exact in a Double.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A whole number in 0..<n (n > 0): the high 64 bits of next() · n (Lemire's multiply-shift).
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(_:) needs a positive bound")
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    /// A whole number in the closed range.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// Whether an event of probability `p` happens.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// Shuffles `indices` in place with Fisher–Yates from the last position down: position i swaps
    /// with `below(i + 1)`.
    public mutating func shuffle(_ indices: inout [Int]) {
        var i = indices.count - 1
        while i > 0 {
            indices.swapAt(i, below(i + 1))
            i -= 1
        }
    }
}
