import CellGrid
import LossKit

extension LineChart {
    /// Draws the chart into `rect` of `buffer`, as ratatui's widgets draw into a `Rect` of a `Buffer`.
    ///
    /// Rows from the top: the title (word-wrapped, never cut), the y axis' title, the plot with its y
    /// labels and the legend in a gutter on the right, the x axis, its labels, its title, and the
    /// read-out when there is a marker (wrapped between its parts when it is too long). In a short
    /// rectangle the axis titles give way so the plot keeps four rows, then the title so it keeps
    /// two. Too small a rectangle gives what fits, never a crash.
    public func render(into buffer: inout CellBuffer, in rect: Rect, mode: CanvasMode) {
        LineChartRenderer(chart: self, rect: rect, mode: mode).render(into: &buffer)
    }

    /// The chart drawn alone into a buffer of `width` × `height` cells.
    public func buffer(width: Int, height: Int, mode: CanvasMode) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        render(into: &buffer, in: buffer.bounds, mode: mode)
        return buffer
    }

    /// The chart as plain text lines, `height` of them, each `width` columns.
    public func lines(width: Int, height: Int, mode: CanvasMode) -> [String] {
        buffer(width: width, height: height, mode: mode).lines()
    }
}

/// The layout of one line chart in one rectangle: where each part goes and how the data maps to dots.
private struct LineChartRenderer {
    let chart: LineChart
    let rect: Rect
    let mode: CanvasMode
    let symbols: ChartSymbols
    let notation: Notation

    init(chart: LineChart, rect: Rect, mode: CanvasMode) {
        self.chart = chart
        self.rect = rect
        self.mode = mode
        symbols = .forMode(mode)
        notation = mode.isUnicode ? .unicode : .ascii
    }

    private var width: Int { rect.width }
    private var height: Int { rect.height }

    func render(into buffer: inout CellBuffer) {
        let readout = readoutLines()
        var titleLines = TextWrap.lines(chart.title, width: width)
        // The axis titles go first when the plot would get fewer than four rows, then the title below two.
        let axisTitles = height - titleLines.count - 4 - readout.count >= 4
        if !axisTitles && height - titleLines.count - 2 - readout.count < 2 && height - 2 - readout.count >= 2 {
            titleLines = []
        }
        for (row, line) in titleLines.enumerated() {
            buffer.put(line, in: rect, row: row, column: max(0, (width - line.displayWidth) / 2), style: Style(bold: true))
        }
        let firstPlotRow = titleLines.count + (axisTitles ? 1 : 0)
        let plotRows = height - firstPlotRow - (axisTitles ? 3 : 2) - readout.count
        let gutter = legendWidth
        guard plotRows >= 1, width - gutter >= 12 else { return }

        // The y labels' width decides the plot's width, which decides the data's columns: guess, then correct.
        var margin = 7
        var plot = Plot(chart: chart, columns: width - margin - gutter, rows: plotRows, mode: mode, notation: notation)
        if plot.yTicks.labelWidth + 2 != margin {
            margin = plot.yTicks.labelWidth + 2
            plot = Plot(chart: chart, columns: width - margin - gutter, rows: plotRows, mode: mode, notation: notation,
                        earlier: plot)
        }
        // Rows the plot gave up to space its ticks evenly go above it.
        let top = firstPlotRow + plotRows - plot.rows
        if axisTitles {
            buffer.put(TextWrap.shortened(chart.yTitle, width: width, ellipsis: symbols.ellipsis), in: rect,
                       row: firstPlotRow - 1, column: 0, style: .normal)
            if let note = chart.note, chart.yTitle.displayWidth + 2 + note.displayWidth <= width {
                buffer.put(note, in: rect, row: firstPlotRow - 1, column: width - note.displayWidth, style: Style(dim: true))
            }
        }
        drawYAxis(&buffer, plot: plot, margin: margin, top: top)
        drawXAxis(&buffer, plot: plot, margin: margin, top: top, title: axisTitles)
        plot.draw(into: &buffer, in: Rect(x: rect.x + margin, y: rect.y + top, width: plot.columns, height: plot.rows))
        drawLegend(&buffer, column: width - gutter + 2, top: top, rows: plot.rows)
        for (k, line) in readout.enumerated() {
            let start = line.displayWidth + margin <= width ? margin : 0
            buffer.put(line, in: rect, row: height - readout.count + k, column: start, style: Style(bold: true))
        }
    }

    // MARK: - Parts

    /// The read-out in as few lines as fit: spaced, compact, or compact and wrapped between its parts.
    private func readoutLines() -> [String] {
        guard let spaced = chart.readout(notation: notation) else { return [] }
        if spaced.displayWidth <= width { return [spaced] }
        return TextWrap.lines(chart.readout(notation: notation, compact: true) ?? spaced, width: width)
    }

    /// The legend's width: two spaces, then the widest "glyph name" entry, at most a third of the chart
    /// (but room for three letters). A single series needs no glyph, only its name.
    private var legendWidth: Int {
        guard let longest = chart.series.map(\.name.displayWidth).max() else { return 0 }
        return min(longest + (chart.series.count == 1 ? 2 : 4), max(width / 3, 7))
    }

    private func drawLegend(_ buffer: inout CellBuffer, column: Int, top: Int, rows: Int) {
        let single = chart.series.count == 1
        let start = single ? column : column + 2
        let room = width - start
        for (i, series) in chart.series.prefix(rows).enumerated() {
            let role = chart.colour(ofSeries: i)
            if !single {
                buffer.set(Cell(chart.glyph(ofSeries: i, symbols: symbols), style: Style(role, bold: true)),
                           column: column, row: top + i, in: rect)
            }
            buffer.put(TextWrap.shortened(series.name, width: room, ellipsis: symbols.ellipsis), in: rect,
                       row: top + i, column: start, style: Style(role))
        }
    }

    private func drawYAxis(_ buffer: inout CellBuffer, plot: Plot, margin: Int, top: Int) {
        let axis = margin - 1
        for r in 0..<plot.rows { buffer.set(Cell(symbols.verticalAxis), column: axis, row: top + r, in: rect) }
        for (value, label) in zip(plot.yTicks.values, plot.yTicks.labels) {
            let row = top + plot.cellRow(ofValue: value)
            buffer.put(label, in: rect, row: row, column: axis - 1 - label.displayWidth, style: .normal)
            buffer.set(Cell(symbols.yTick), column: axis, row: row, in: rect)
        }
    }

    private func drawXAxis(_ buffer: inout CellBuffer, plot: Plot, margin: Int, top: Int, title withTitle: Bool) {
        let axisRow = top + plot.rows
        buffer.set(Cell(symbols.corner), column: margin - 1, row: axisRow, in: rect)
        for c in 0..<plot.columns { buffer.set(Cell(symbols.horizontalAxis), column: margin + c, row: axisRow, in: rect) }
        var free = 0
        for (value, label) in zip(plot.xTicks.values, plot.xTicks.labels) {
            let column = margin + plot.cellColumn(ofX: value)
            buffer.set(Cell(symbols.xTick), column: column, row: axisRow, in: rect)
            let labelWidth = label.displayWidth
            let start = min(max(0, column - (labelWidth - 1) / 2), width - labelWidth)
            guard start >= free else { continue }
            buffer.put(label, in: rect, row: axisRow + 1, column: start, style: .normal)
            free = start + labelWidth + 1
        }
        guard withTitle else { return }
        let title = TextWrap.shortened(chart.xTitle, width: width, ellipsis: symbols.ellipsis)
        let start = margin + max(0, (plot.columns - title.displayWidth) / 2)
        buffer.put(title, in: rect, row: axisRow + 2, column: min(start, max(0, width - title.displayWidth)), style: .normal)
    }
}
