/// A sum of many values that stays accurate and updates one value in O(log n).
///
/// The values sit in the leaves of a complete binary tree and every inner node holds the sum of its
/// two children, so `total` is exactly pairwise summation: its rounding error grows with log₂ n, not n
/// (about 2e-15 relative for a million non-negative terms). Changing one value re-adds only the
/// nodes above it, which is what lets the Lab nudge one x̂ᵢ of a long vector at once.
public struct PairwiseSumTree: Sendable, Equatable {
    /// Leaves start at `leafBase`; node k has children 2k and 2k + 1; node 1 is the root.
    private var nodes: [Double]
    private let leafBase: Int
    /// How many values the tree holds.
    public let count: Int

    /// A tree holding `values`.
    public init(_ values: [Double]) {
        count = values.count
        var base = 1
        while base < max(count, 1) { base *= 2 }
        leafBase = base
        nodes = [Double](repeating: 0, count: 2 * base)
        for (i, v) in values.enumerated() { nodes[base + i] = v }
        var k = base - 1
        while k >= 1 {
            nodes[k] = nodes[2 * k] + nodes[2 * k + 1]
            k -= 1
        }
    }

    /// The sum of all values.
    public var total: Double { count == 0 ? 0 : nodes[1] }

    /// The sum of the first `count` values (the total itself when that is all of them).
    public func prefixSum(_ count: Int) -> Double {
        count >= self.count ? total : sum(0..<max(0, count))
    }

    /// The sum of the values in `range` (0-based, clamped to the tree), from the O(log n) whole
    /// subtrees that cover it exactly, added with compensation: no subtraction of two larger sums,
    /// so a small range beside large values keeps its digits.
    public func sum(_ range: Range<Int>) -> Double {
        var lo = max(0, range.lowerBound) + leafBase
        var hi = min(count, range.upperBound) + leafBase
        guard lo < hi else { return 0 }
        var sum = CompensatedSum()
        // Climb from both ends; a node that is a right child on the left edge, or a left child on
        // the right edge, lies wholly inside the range.
        while lo < hi {
            if lo % 2 == 1 { sum.add(nodes[lo]); lo += 1 }
            if hi % 2 == 1 { hi -= 1; sum.add(nodes[hi]) }
            lo /= 2
            hi /= 2
        }
        return sum.value
    }

    /// The value at `index` (0-based); setting it updates the sums above it.
    public subscript(index: Int) -> Double {
        get { nodes[leafBase + index] }
        set {
            precondition(index >= 0 && index < count, "PairwiseSumTree index out of range")
            var k = leafBase + index
            nodes[k] = newValue
            k /= 2
            while k >= 1 {
                nodes[k] = nodes[2 * k] + nodes[2 * k + 1]
                k /= 2
            }
        }
    }

    /// Replaces the values from `start` on with `values` and re-adds the nodes above them level by
    /// level: O(values.count + log n), where setting them one at a time costs O(values.count · log n).
    public mutating func replace(from start: Int, with values: UnsafeBufferPointer<Double>) {
        precondition(start >= 0 && start + values.count <= count, "PairwiseSumTree range out of bounds")
        guard !values.isEmpty else { return }
        let leafBase = leafBase
        nodes.withUnsafeMutableBufferPointer { nodes in
            var lo = leafBase + start, hi = lo + values.count - 1
            (nodes.baseAddress! + lo).update(from: values.baseAddress!, count: values.count)
            while lo > 1 {
                (lo, hi) = (lo / 2, hi / 2)
                for k in lo...hi { nodes[k] = nodes[2 * k] + nodes[2 * k + 1] }
            }
        }
    }
}
