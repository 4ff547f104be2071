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
    /// The read-out at the marker, such as `x̂ = 0.3   MSE = 0.49   BCE = 1.204`, numbers
    /// as the Lab's tables write them (`Notation.reading`: four significant digits); nil without a marker.
    ///
    /// Values are the series' true values, ∞ included, even where the chart shows an off-scale arrow.
    /// `compact` drops the spaces, for narrow charts: `x̂=0.3 MSE=0.49 BCE=1.204`.
    public func readout(notation: Notation, compact: Bool = false) -> String? {
        guard let marker else { return nil }
        let equals = compact ? "=" : " = "
        let parts = ["\(marker.name)\(equals)\(notation.reading(marker.x))"]
            + series.map { "\($0.name)\(equals)\(notation.reading($0.value(at: marker.x)))" }
        return parts.joined(separator: compact ? " " : "   ")
    }
}
