/// Chooses the y range of a chart from its data, so that one huge value cannot flatten everything else.
enum YRange {
    /// The most decades a log axis spans below its top.
    static let logDecades = 4.0

    /// The range to show for `envelopes` on `scale`, before snapping to ticks.
    ///
    /// It reaches from the 10th to the 90th percentile of the column values, widened on each side by that
    /// span again, and never beyond the data; values above or below are drawn off-scale. For BCE against
    /// target 1 that shows about [0, 4.5] instead of [0, ∞]. A linear range that nearly reaches 0 from
    /// above starts at 0, which is where losses live. `yMax`, when given, fixes the top.
    static func choose(_ envelopes: [ColumnEnvelope], scale: AxisScale, yMax: Double?) -> (lower: Double, upper: Double) {
        var values: [Double] = []
        for envelope in envelopes {
            for c in 0..<envelope.columns {
                guard let (low, high) = envelope.range(c) else { continue }
                for v in [low, high] where v.isFinite && (scale == .linear || v > 0) {
                    values.append(scale.transformed(v))
                }
            }
        }
        guard !values.isEmpty else { return fallback(scale, yMax: yMax) }
        values.sort()
        let p10 = values[Int(Double(values.count - 1) * 0.1)]
        let p90 = values[Int(Double(values.count - 1) * 0.9)]
        let spread = p90 - p10
        var lower = max(values[0], p10 - spread)
        var upper = min(values[values.count - 1], p90 + spread)
        if let yMax { upper = scale.transformed(yMax) }
        if scale == .linear && lower > 0 && lower < upper - lower { lower = 0 }
        // A log axis shows at most `logDecades` decades: a loss of 1e-12 teaches nothing 1e-4 does not.
        if scale == .logarithmic { lower = max(lower, upper - logDecades) }
        if lower >= upper { lower = upper - (scale == .linear ? max(abs(upper), 1) : 1) }
        return (scale.untransformed(lower), scale.untransformed(upper))
    }

    private static func fallback(_ scale: AxisScale, yMax: Double?) -> (lower: Double, upper: Double) {
        switch scale {
        case .linear: return (0, yMax ?? 1)
        case .logarithmic: let top = yMax ?? 10; return (top / 100, top)
        }
    }
}
