import LossKit

/// The Lab's last valid numbers: x, x̂, and the element losses of each shown loss in a sum tree.
///
/// A nudge changes one x̂ᵢ and re-adds only the tree nodes above it, so the total follows a key
/// press in O(log n) even for 10⁵ elements.
public struct LabData: Sendable, Equatable {
    public private(set) var x: [Double]
    public private(set) var xhat: [Double]
    public private(set) var convention: Convention
    /// Element losses of MSE and of BCE, for the kinds shown (stored apart, not in a dictionary, so a
    /// nudge updates a tree in place instead of copying it).
    private var mseTree: PairwiseSumTree?
    private var bceTree: PairwiseSumTree?

    /// Data for validated input, with a sum tree for each of `kinds`.
    public init(_ input: LossInput, kinds: [LossKind], convention: Convention) {
        x = input.x
        xhat = input.xhat
        self.convention = convention
        if kinds.contains(.mse) { mseTree = Self.tree(.mse, x: x, xhat: xhat, convention: convention) }
        if kinds.contains(.bce) { bceTree = Self.tree(.bce, x: x, xhat: xhat, convention: convention) }
    }

    /// The number of elements.
    public var count: Int { x.count }

    /// The loss kinds this data has trees for.
    public var kinds: Set<LossKind> { Set([mseTree.map { _ in LossKind.mse }, bceTree.map { _ in LossKind.bce }].compactMap { $0 }) }

    /// The tree of `kind`, if tracked.
    private func tree(_ kind: LossKind) -> PairwiseSumTree? { kind == .mse ? mseTree : bceTree }

    /// The sum of the element losses of `kind` (0 when the kind is not tracked).
    public func sum(_ kind: LossKind) -> Double { tree(kind)?.total ?? 0 }

    /// The mean loss of `kind`.
    public func value(_ kind: LossKind) -> Double { sum(kind) / Double(count) }

    /// Element `index`'s (0-based) loss of `kind`.
    public func elementLoss(_ kind: LossKind, at index: Int) -> Double {
        tree(kind)?[index] ?? kind.elementLoss(x: x[index], xhat: xhat[index], convention: convention)
    }

    /// Sets x̂ at `index` (0-based) and updates each tree along one path.
    public mutating func setXhat(_ value: Double, at index: Int) {
        xhat[index] = value
        mseTree?[index] = LossKind.mse.elementLoss(x: x[index], xhat: value, convention: convention)
        bceTree?[index] = LossKind.bce.elementLoss(x: x[index], xhat: value, convention: convention)
    }

    /// Switches the BCE convention, recomputing the BCE tree.
    public mutating func setConvention(_ convention: Convention) {
        self.convention = convention
        if bceTree != nil { bceTree = Self.tree(.bce, x: x, xhat: xhat, convention: convention) }
    }

    /// The sum of the first `count` element losses of `kind`, in O(log n) from the sum tree.
    public func runningSum(_ kind: LossKind, count: Int) -> Double {
        if let tree = tree(kind) { return tree.prefixSum(count) }
        var sum = CompensatedSum()
        for i in 0..<min(count, self.count) { sum.add(elementLoss(kind, at: i)) }
        return sum.value
    }

    private static func tree(_ kind: LossKind, x: [Double], xhat: [Double], convention: Convention) -> PairwiseSumTree {
        var losses = [Double](repeating: 0, count: x.count)
        for i in x.indices { losses[i] = kind.elementLoss(x: x[i], xhat: xhat[i], convention: convention) }
        return PairwiseSumTree(losses)
    }
}
