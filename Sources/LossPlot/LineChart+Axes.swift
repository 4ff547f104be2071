import LossKit

extension LineChart {
    /// The ticks of both axes as the terminal chart chooses them, for drawings made elsewhere (an SVG
    /// handout): x over `xRange`, y from the data sampled at `samples` points (`YRange` rules: a huge
    /// value never flattens the rest; `yMax` fixes the top).
    public func axes(samples: Int, maxTicks: Int, notation: Notation) -> (x: Ticks, y: Ticks) {
        let x = NiceTicks.linear(from: xRange.lowerBound, to: xRange.upperBound, maxCount: maxTicks, minus: notation.minus)
        let envelopes = series.map { ColumnEnvelope($0, columns: max(2, samples), xLower: x.lower, xUpper: x.upper) }
        let range = YRange.choose(envelopes, scale: yScale, yMax: yMax)
        let y = NiceTicks.forScale(yScale, from: range.lower, to: range.upper, maxCount: maxTicks, minus: notation.minus)
        return (x, y)
    }
}
