/// Pairwise summation one value at a time, in O(log n) memory.
///
/// Adds exactly as `PairwiseSumTree` does (a complete binary tree over the values, padded with
/// zeros), so both give the same total to the last bit, without holding the values: finished
/// subtrees wait on a stack, one per level, and merge like the carries of a binary counter.
public struct PairwiseSum: Sendable {
    /// Sums of whole subtrees, largest first, with their levels (a subtree of level k holds 2ᵏ values).
    private var stack: [(level: Int, sum: Double)] = []

    public init() {}

    /// Adds the next value.
    public mutating func add(_ value: Double) {
        var node = (level: 0, sum: value)
        while let top = stack.last, top.level == node.level {
            stack.removeLast()
            node = (node.level + 1, top.sum + node.sum)
        }
        stack.append(node)
    }

    /// The sum so far: the unfinished right edge of the tree added from the smallest subtree up
    /// (a subtree padded with zeros sums to its values exactly).
    public var total: Double {
        guard var sum = stack.last?.sum else { return 0 }
        for node in stack.dropLast().reversed() { sum = node.sum + sum }
        return sum
    }
}
