import CellGrid
import LossKit

/// The plotting area of a line chart: ticks, the mapping from values to dots, the drawn curves and overlays.
struct Plot {
    let columns: Int
    let rows: Int
    let xTicks: Ticks
    let yTicks: Ticks
    private let chart: LineChart
    private let mode: CanvasMode
    /// The characters for `mode`, kept once: looking them up per cell would copy them per cell.
    private let symbols: ChartSymbols
    private let envelopes: [ColumnEnvelope]
    private var canvas: DotCanvas
    /// Characters drawn over the canvas (glyph stamps, arrows, marker dots), by cell index.
    private var overlay: [Int: Cell] = [:]

    /// Lays out `chart`'s data in at most `columns` × `rows` cells.
    ///
    /// `earlier` is a first layout whose y axis to keep; when its columns come out the same, its reduced
    /// data is reused too, so a large series is read only once.
    ///
    /// When it costs at most a tenth of the room (or two cells), the plot gives up a few columns or rows
    /// so that ticks fall evenly spaced on whole cells; otherwise ticks sit on the nearest cell. The
    /// caller places what is left over around it.
    init(chart: LineChart, columns: Int, rows: Int, mode: CanvasMode, notation: Notation, earlier: Plot? = nil) {
        self.chart = chart
        self.mode = mode
        symbols = .forMode(mode)
        let (across, _) = mode.dotsPerCell
        (xTicks, self.columns) = Plot.xAxis(chart.xRange, columns: max(2, columns), minus: notation.minus)
        // The x range runs from the first dot of the first cell to the first dot of the last, so that
        // ticks on whole cells are ticks on exact dots.
        let dotColumns = (self.columns - 1) * across + 1
        let (xLower, xUpper) = (xTicks.lower, xTicks.upper)
        if let earlier, earlier.columns == self.columns, earlier.xTicks == xTicks {
            envelopes = earlier.envelopes
        } else {
            envelopes = chart.series.map { ColumnEnvelope($0, columns: dotColumns, xLower: xLower, xUpper: xUpper) }
        }
        let ticks: Ticks
        if let earlier {
            ticks = earlier.yTicks
        } else {
            let range = YRange.choose(envelopes, scale: chart.yScale, yMax: chart.yMax)
            ticks = NiceTicks.forScale(chart.yScale, from: range.lower, to: range.upper,
                                       maxCount: max(1, rows) / 3 + 1, minus: notation.minus)
        }
        self.yTicks = ticks
        self.rows = Plot.evenlyDivided(max(1, rows), intervals: ticks.values.count - 1)
        canvas = DotCanvas(columns: self.columns, rows: self.rows, mode: mode)
        drawCurves()
        // Glyphs tell curves apart; a single curve needs none (ASCII curves are drawn in glyphs anyway).
        if mode != .ascii && chart.series.count > 1 { stampGlyphs() }
        drawMarker()
    }

    /// The largest count up to `available` whose gaps (count − 1) split into `intervals` equal whole parts,
    /// if that gives up at most a tenth of `available` (or two); `available` otherwise.
    private static func evenlyDivided(_ available: Int, intervals: Int) -> Int {
        guard intervals > 0, available > intervals else { return available }
        let waste = (available - 1) % intervals
        return waste <= max(2, available / 10) ? available - waste : available
    }

    /// The x ticks and the plot's width: the most ticks (up to 11) whose labels fit with three spaces
    /// between them, preferring a set that falls evenly on whole cells for at most a tenth of the width.
    private static func xAxis(_ range: ClosedRange<Double>, columns: Int, minus: String) -> (Ticks, Int) {
        var fitting: [Ticks] = []
        for most in stride(from: min(11, max(2, columns / 3)), through: 2, by: -1) {
            let ticks = NiceTicks.linear(from: range.lowerBound, to: range.upperBound, maxCount: most, minus: minus)
            if ticks.values.count * (ticks.labelWidth + 3) <= columns + 3 && ticks != fitting.last { fitting.append(ticks) }
        }
        for ticks in fitting {
            let even = evenlyDivided(columns, intervals: ticks.values.count - 1)
            if even < columns || (columns - 1) % (ticks.values.count - 1) == 0 { return (ticks, even) }
        }
        let ticks = fitting.first ?? NiceTicks.linear(from: range.lowerBound, to: range.upperBound, maxCount: 2, minus: minus)
        return (ticks, columns)
    }

    // MARK: - Mapping

    /// Where a value falls: a dot row from the top, and whether it lies above or below the range.
    struct DotPlace {
        var row: Int
        var above: Bool
        var below: Bool
    }

    /// The dot row of `value`, clipped to the plot; nil for NaN.
    func dotPlace(ofValue value: Double) -> DotPlace? {
        let f = chart.yScale.fraction(value, lower: yTicks.lower, upper: yTicks.upper)
        if f.isNaN { return nil }
        let last = canvas.dotRows - 1
        if f > 1 + 1e-12 { return DotPlace(row: 0, above: true, below: false) }
        if f < -1e-12 { return DotPlace(row: last, above: false, below: true) }
        return DotPlace(row: last - Int((f * Double(last)).rounded()), above: false, below: false)
    }

    /// The cell row (from the plot's top) of a y value inside the range.
    func cellRow(ofValue value: Double) -> Int {
        (dotPlace(ofValue: value)?.row ?? 0) / mode.dotsPerCell.down
    }

    /// The dot column of `x`, clipped to the plot: the column whose centre is nearest, as in `ColumnEnvelope`.
    func dotColumn(ofX x: Double) -> Int {
        let f = (x - xTicks.lower) / (xTicks.upper - xTicks.lower)
        let last = (columns - 1) * mode.dotsPerCell.across
        return min(max(0, Int(f * Double(last) + 0.5)), last)
    }

    /// The cell column (from the plot's left) of `x`.
    func cellColumn(ofX x: Double) -> Int {
        dotColumn(ofX: x) / mode.dotsPerCell.across
    }

    // MARK: - Drawing

    /// Draws each series' envelope as vertical runs of dots, clipped to the plot, with one arrow per
    /// stretch that leaves the range (at its furthest point).
    private mutating func drawCurves() {
        let across = mode.dotsPerCell.across
        for (i, envelope) in envelopes.enumerated() {
            var above = OffScaleRun()
            var below = OffScaleRun()
            for c in 0..<envelope.columns {
                guard let (low, high) = envelope.range(c),
                      let top = dotPlace(ofValue: high), let bottom = dotPlace(ofValue: low) else {
                    place(above.close(), row: 0, series: i, glyph: symbols.offScaleAbove)
                    place(below.close(), row: rows - 1, series: i, glyph: symbols.offScaleBelow)
                    continue
                }
                // A column wholly off the scale is left to its arrow: dots along the edge would pass for values.
                if !(top.above && bottom.above) && !(top.below && bottom.below) {
                    canvas.setColumn(x: c, from: top.row, to: bottom.row, series: i)
                }
                if top.above { above.extend(column: c / across, value: high) } else {
                    place(above.close(), row: 0, series: i, glyph: symbols.offScaleAbove)
                }
                // A log scale cannot show 0 or less: there the curve leaves through the bottom, without an arrow.
                if bottom.below && chart.yScale == .linear { below.extend(column: c / across, value: -low) } else {
                    place(below.close(), row: rows - 1, series: i, glyph: symbols.offScaleBelow)
                }
            }
            place(above.close(), row: 0, series: i, glyph: symbols.offScaleAbove)
            place(below.close(), row: rows - 1, series: i, glyph: symbols.offScaleBelow)
        }
    }

    private mutating func place(_ column: Int?, row: Int, series: Int, glyph: Character) {
        guard let column else { return }
        overlay[row * columns + column] = Cell(glyph, style: Style(chart.colour(ofSeries: series), bold: true))
    }

    /// Puts each series' glyph on its curve every few cells, so curves stay apart without colour.
    private mutating func stampGlyphs() {
        let interval = max(8, columns / 4)
        let markerColumn = chart.marker.map { cellColumn(ofX: $0.x) }
        let (across, down) = mode.dotsPerCell
        for (i, envelope) in envelopes.enumerated() {
            let first = interval * (i + 1) / (envelopes.count + 1)
            for column in stride(from: max(1, first), to: columns - 1, by: interval) {
                if let m = markerColumn, abs(column - m) <= 4 { continue }
                guard let (low, high) = envelope.range(column * across + across / 2), low.isFinite, high.isFinite,
                      let place = dotPlace(ofValue: (low + high) / 2), !place.above, !place.below else { continue }
                let row = place.row / down
                guard canvas.owner(column: column, row: row) == i, overlay[row * columns + column] == nil else { continue }
                overlay[row * columns + column] = Cell(chart.glyph(ofSeries: i, symbols: symbols),
                                                       style: Style(chart.colour(ofSeries: i)))
            }
        }
    }

    /// Draws the marker on each curve: its own glyph (used for nothing else), bold and reversed in the
    /// series' colour, so it stands out in colour, without colour and in plain text alike; where the
    /// curve is off the scale there, a bold arrow instead.
    private mutating func drawMarker() {
        guard let marker = chart.marker, chart.xRange.contains(marker.x) else { return }
        let column = cellColumn(ofX: marker.x)
        for i in chart.series.indices {
            guard let place = dotPlace(ofValue: chart.series[i].value(at: marker.x)) else { continue }
            let role = chart.colour(ofSeries: i)
            let cell: Cell
            if place.above {
                cell = Cell(symbols.offScaleAbove, style: Style(role, bold: true))
            } else if place.below && chart.yScale == .linear {
                cell = Cell(symbols.offScaleBelow, style: Style(role, bold: true))
            } else {
                cell = Cell(symbols.marker, style: Style(role, bold: true, reverse: true))
            }
            overlay[(place.row / mode.dotsPerCell.down) * columns + column] = cell
        }
    }

    // MARK: - Output

    /// Draws the plot into `rect` (its size): curves, then the marker's guide through empty cells, then the overlays.
    func draw(into buffer: inout CellBuffer, in rect: Rect) {
        let blankBraille: Character = "\u{2800}"
        let guideColumn = chart.marker.flatMap { chart.xRange.contains($0.x) ? cellColumn(ofX: $0.x) : nil }
        let glyphs = chart.series.indices.map { chart.glyph(ofSeries: $0, symbols: symbols) }
        let roles = chart.series.indices.map { chart.colour(ofSeries: $0) }
        for r in 0..<rows {
            for c in 0..<columns {
                let glyph = canvas.character(column: c, row: r) { glyphs[$0] }
                let cell: Cell
                if let overlaid = overlay[r * columns + c] {
                    cell = overlaid
                } else if c == guideColumn && (glyph == nil || glyph == blankBraille) {
                    cell = Cell(symbols.guide, style: Style(dim: true))
                } else if let glyph {
                    cell = Cell(glyph, style: Style(canvas.owner(column: c, row: r).map { roles[$0] } ?? .normal))
                } else {
                    continue
                }
                buffer.set(cell, column: c, row: r, in: rect)
            }
        }
    }
}

/// A stretch of cell columns where a curve is off the scale, remembering where it is furthest off.
struct OffScaleRun {
    private var best: (column: Int, value: Double)?

    /// Adds a column where the curve is off by `value` (larger is further off).
    mutating func extend(column: Int, value: Double) {
        if let best, best.value >= value { return }
        best = (column, value)
    }

    /// Ends the stretch: the column for its arrow, or nil when there was none.
    mutating func close() -> Int? {
        defer { best = nil }
        return best?.column
    }
}
