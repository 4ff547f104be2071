import CellGrid

/// One curve of a line chart: a name for the legend and read-out, its data, and how it looks.
public struct Series: Sendable {
    /// Where a series' values come from.
    public enum Data: Sendable {
        /// Points in increasing x; any count, even 10⁶, costs no more than the chart's width to draw.
        case points(x: [Double], y: [Double])
        /// A function, sampled at the chart's own resolution when it is drawn.
        case function(@Sendable (Double) -> Double)
    }

    public var name: String
    public var data: Data
    /// Its colour (a chart role); nil takes the next of `StyleRole.seriesPalette`.
    public var colour: StyleRole?
    /// Its glyph; nil takes the next glyph of the chart's `ChartSymbols`.
    public var glyph: Character?

    /// A series of points; `x` must increase, and both lists must be equally long (extra values are ignored).
    public init(name: String, x: [Double], y: [Double], colour: StyleRole? = nil, glyph: Character? = nil) {
        self.name = name
        let n = min(x.count, y.count)
        data = .points(x: n == x.count ? x : Array(x.prefix(n)), y: n == y.count ? y : Array(y.prefix(n)))
        self.colour = colour
        self.glyph = glyph
    }

    /// A series drawn from a function of x.
    public init(name: String, colour: StyleRole? = nil, glyph: Character? = nil,
                function: @escaping @Sendable (Double) -> Double) {
        self.name = name
        data = .function(function)
        self.colour = colour
        self.glyph = glyph
    }

    /// The series' value at `x`: the function's value, or the points linearly interpolated (NaN outside them).
    public func value(at x: Double) -> Double {
        switch data {
        case let .function(f):
            return f(x)
        case let .points(xs, ys):
            guard let first = xs.first, let last = xs.last, x >= first, x <= last else { return .nan }
            var lo = 0
            var hi = xs.count - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if xs[mid] <= x { lo = mid } else { hi = mid }
            }
            if xs[lo] == x || lo == hi { return ys[lo] }
            if xs[hi] == x { return ys[hi] }
            let t = (x - xs[lo]) / (xs[hi] - xs[lo])
            return ys[lo] + t * (ys[hi] - ys[lo])
        }
    }
}
