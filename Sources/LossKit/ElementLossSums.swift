/// One loss's element losses over a vector, summed pairwise and kept up to date in O(log n) per
/// change, holding one number per block of 64 elements instead of one per element.
///
/// The elements fall into blocks of `blockSize`; each block's losses are added pairwise, as the
/// leaves of a complete binary tree are, and the block sums are the leaves of a `PairwiseSumTree`.
/// So `total` is the pairwise sum of every element loss to the last bit, the same number a tree over
/// every element gives, in 1/32 of its memory. An element's own loss is computed again when asked.
struct ElementLossSums: Sendable, Equatable {
    /// Elements per block: a power of two, so the blocks are whole subtrees of the pairwise tree.
    static let blockSize = 64
    /// Leaf b holds the pairwise sum of the losses of elements `blockSize · b ..< blockSize · (b + 1)`.
    private var blocks: PairwiseSumTree
    /// How many elements the sums cover.
    let count: Int

    /// Sums of `count` elements, every block zero until `compute` fills it.
    init(count: Int) {
        self.count = count
        blocks = PairwiseSumTree([Double](repeating: 0, count: Self.blocks(count)))
    }

    /// The number of blocks that `count` elements take.
    static func blocks(_ count: Int) -> Int { (count + blockSize - 1) / blockSize }

    /// The sum of every element loss.
    var total: Double { blocks.total }

    /// Computes the sums of the blocks in `range` from the elements of `x` and `predictions` under `spec`.
    mutating func compute(blocks range: Range<Int>, spec: LossSpec, x: UnsafeBufferPointer<Double>,
                          predictions: UnsafeBufferPointer<Double>) {
        let definition = spec.loss.definition
        var sums = [Double](repeating: 0, count: range.count)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: Self.blockSize) { buffer in
            for b in range {
                let elements = (b * Self.blockSize)..<min(count, (b + 1) * Self.blockSize)
                let losses = UnsafeMutableBufferPointer(rebasing: buffer[0..<elements.count])
                definition.fusedElementLosses(spec, x: UnsafeBufferPointer(rebasing: x[elements]),
                                              prediction: UnsafeBufferPointer(rebasing: predictions[elements]), into: losses)
                // The tree pads with zeros; adding them changes no sum, so they stand in for the missing elements.
                for k in elements.count..<Self.blockSize { buffer[k] = 0 }
                var width = Self.blockSize
                while width > 1 {
                    width /= 2
                    for k in 0..<width { buffer[k] = buffer[2 * k] + buffer[2 * k + 1] }
                }
                sums[b - range.lowerBound] = buffer[0]
            }
        }
        sums.withUnsafeBufferPointer { blocks.replace(from: range.lowerBound, with: $0) }
    }

    /// The sum of the element losses in `range` (0-based, clamped): whole blocks from the tree in
    /// O(log n), the elements of a block cut by an end from `elementLoss` (at most 2 × 63 of them), all
    /// added with compensation so a small range beside large values keeps its digits.
    func sum(_ range: Range<Int>, elementLoss: (Int) -> Double) -> Double {
        let lo = max(0, range.lowerBound), hi = min(count, range.upperBound)
        guard lo < hi else { return 0 }
        let (firstWhole, endWhole) = ((lo + Self.blockSize - 1) / Self.blockSize, hi / Self.blockSize)
        var sum = CompensatedSum()
        guard firstWhole < endWhole else {
            for i in lo..<hi { sum.add(elementLoss(i)) }
            return sum.value
        }
        for i in lo..<(firstWhole * Self.blockSize) { sum.add(elementLoss(i)) }
        sum.add(blocks.sum(firstWhole..<endWhole))
        for i in (endWhole * Self.blockSize)..<hi { sum.add(elementLoss(i)) }
        return sum.value
    }
}
