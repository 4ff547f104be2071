import CellGrid
import LossKit

/// A line chart of several series against x, with a title, axis titles, a legend and an optional marker.
///
/// It is a description only; `render(into:in:mode:)` draws it into a rectangle of a `CellBuffer`.
public struct LineChart: Sendable {
    /// The line above the chart.
    public var title: String
    /// The x axis' title, written under its labels.
    public var xTitle: String
    /// The y axis' title, written above its labels.
    public var yTitle: String
    /// A short note written on the y title's line at the right, such as the BCE convention; dropped when it does not fit.
    public var note: String?
    /// The x values shown; the axis is widened to the nearest ticks.
    public var xRange: ClosedRange<Double>
    public var series: [Series]
    public var yScale: AxisScale
    /// The highest y shown; nil chooses one that keeps the shape of the curves readable (see `YRange`).
    /// Higher values are drawn as off-scale arrows.
    public var yMax: Double?
    /// A vertical guide at one x, with a dot on each curve and a read-out line.
    public var marker: ChartMarker?

    public init(title: String, xTitle: String, yTitle: String, note: String? = nil, xRange: ClosedRange<Double>,
                series: [Series], yScale: AxisScale = .linear, yMax: Double? = nil, marker: ChartMarker? = nil) {
        self.title = title
        self.note = note
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.xRange = xRange
        self.series = series
        self.yScale = yScale
        self.yMax = yMax
        self.marker = marker
    }

    /// The colour of series `index`: its own, or the palette's.
    public func colour(ofSeries index: Int) -> StyleRole {
        series[index].colour ?? StyleRole.seriesPalette[index % StyleRole.seriesPalette.count]
    }

    /// The glyph of series `index` in `symbols`: its own, or the next of the set.
    public func glyph(ofSeries index: Int, symbols: ChartSymbols) -> Character {
        series[index].glyph ?? symbols.seriesGlyph(index)
    }
}

/// A marked x, such as the current prediction x̂: drawn as a guide, a dot on each curve, and a read-out.
public struct ChartMarker: Sendable {
    public var x: Double
    /// The name of x in the read-out, such as "x̂".
    public var name: String

    public init(x: Double, name: String) {
        self.x = x
        self.name = name
    }
}

extension LineChart {
    /// The read-out at the marker, such as `x̂ = 0.30   MSE = 0.490   BCE = 1.204`; nil without a marker.
    ///
    /// Values are the series' true values, ∞ included, even where the chart shows an off-scale arrow.
    /// `compact` drops the spaces, for narrow charts: `x̂=0.30 MSE=0.490 BCE=1.204`.
    public func readout(notation: Notation, compact: Bool = false) -> String? {
        guard let marker else { return nil }
        let equals = compact ? "=" : " = "
        let parts = ["\(marker.name)\(equals)\(ReadoutFormat.position(marker.x, notation: notation))"]
            + series.map { "\($0.name)\(equals)\(ReadoutFormat.value($0.value(at: marker.x), notation: notation))" }
        return parts.joined(separator: compact ? " " : "   ")
    }
}

/// How the read-out writes numbers: positions to two decimals, values to three.
public enum ReadoutFormat {
    /// A position such as x̂: "0.30"; finer positions keep their digits ("0.125").
    public static func position(_ x: Double, notation: Notation) -> String {
        let hundredths = (x * 100).rounded()
        if abs(x * 100 - hundredths) < 1e-9 && abs(x) < 1e6 {
            return NiceTicks.label(multiple: Int(hundredths), exponent: -2, minus: notation.minus)
        }
        return notation.number(x, digits: 6)
    }

    /// A value: three decimals ("0.490", "1.204"), or significant digits when very small or large; ∞ spelled out.
    public static func value(_ v: Double, notation: Notation) -> String {
        guard v.isFinite else { return notation.number(v) }
        let thousandths = (v * 1000).rounded()
        if v != 0 && (abs(v) < 0.001 || abs(v) >= 1e6) { return notation.number(v, digits: 3) }
        return NiceTicks.label(multiple: Int(thousandths), exponent: -3, minus: notation.minus)
    }
}
