import LossKit

extension LineChart {
    /// Lays the chart out into exactly `width` × `height` cells.
    ///
    /// Rows from the top: the title, the y axis' title, the plot with its y labels and the legend in a
    /// gutter on the right, the x axis, its labels, its title, and the read-out when there is a marker.
    /// Too small a size gives what fits (the title at least), never a crash.
    public func render(width: Int, height: Int, mode: CanvasMode) -> ChartGrid {
        LineChartRenderer(chart: self, width: width, height: height, mode: mode).render()
    }

    /// The chart as plain text lines, `height` of them, each `width` characters.
    public func lines(width: Int, height: Int, mode: CanvasMode) -> [String] {
        render(width: width, height: height, mode: mode).lines()
    }
}

/// The layout of one line chart at one size: where each part goes and how the data maps to dots.
private struct LineChartRenderer {
    let chart: LineChart
    let width: Int
    let height: Int
    let mode: CanvasMode
    let symbols: ChartSymbols
    let notation: Notation

    init(chart: LineChart, width: Int, height: Int, mode: CanvasMode) {
        self.chart = chart
        self.width = max(0, width)
        self.height = max(0, height)
        self.mode = mode
        symbols = .forMode(mode)
        notation = mode.isUnicode ? .unicode : .ascii
    }

    /// The first row the plot may use: below the title and the y axis' title.
    private let firstPlotRow = 2

    func render() -> ChartGrid {
        var grid = ChartGrid(width: width, height: height)
        let title = fitted(chart.title, width)
        grid.write(title, column: max(0, (width - title.count) / 2), row: 0, style: CellStyle(bold: true))
        let readout = chart.readout(notation: notation).map {
            $0.count <= width ? $0 : chart.readout(notation: notation, compact: true) ?? $0
        }
        let plotRows = height - firstPlotRow - 3 - (readout == nil ? 0 : 1)
        let gutter = legendWidth
        guard plotRows >= 1, width - gutter >= 12 else { return grid }

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
        grid.write(fitted(chart.yTitle, width), column: 0, row: 1)
        if let note = chart.note, chart.yTitle.count + 2 + note.count <= width {
            grid.write(note, column: width - note.count, row: 1, style: CellStyle(dim: true))
        }
        drawYAxis(&grid, plot: plot, margin: margin, top: top)
        drawXAxis(&grid, plot: plot, margin: margin, top: top)
        grid.paste(plot.cells(), column: margin, row: top)
        drawLegend(&grid, column: width - gutter + 2, top: top, rows: plot.rows)
        if let readout {
            let text = fitted(readout, width)
            grid.write(text, column: text.count + margin <= width ? margin : 0, row: height - 1,
                       style: CellStyle(bold: true))
        }
        return grid
    }

    // MARK: - Parts

    /// The legend's width: two spaces, then the widest "glyph name" entry, at most a third of the chart
    /// (but room for three letters).
    private var legendWidth: Int {
        guard let longest = chart.series.map(\.name.count).max() else { return 0 }
        return min(longest + 4, max(width / 3, 7))
    }

    private func drawLegend(_ grid: inout ChartGrid, column: Int, top: Int, rows: Int) {
        let room = width - column - 2
        for (i, series) in chart.series.prefix(rows).enumerated() {
            let colour = chart.colour(ofSeries: i)
            grid[column, top + i] = ChartCell(chart.glyph(ofSeries: i, symbols: symbols), style: CellStyle(colour: colour, bold: true))
            grid.write(fitted(series.name, room), column: column + 2, row: top + i, style: CellStyle(colour: colour))
        }
    }

    private func drawYAxis(_ grid: inout ChartGrid, plot: Plot, margin: Int, top: Int) {
        let axis = margin - 1
        for r in 0..<plot.rows { grid[axis, top + r] = ChartCell(symbols.verticalAxis) }
        for (value, label) in zip(plot.yTicks.values, plot.yTicks.labels) {
            let row = top + plot.cellRow(ofValue: value)
            grid.write(label, column: axis - 1 - label.count, row: row)
            grid[axis, row] = ChartCell(symbols.yTick)
        }
    }

    private func drawXAxis(_ grid: inout ChartGrid, plot: Plot, margin: Int, top: Int) {
        let axisRow = top + plot.rows
        grid[margin - 1, axisRow] = ChartCell(symbols.corner)
        for c in 0..<plot.columns { grid[margin + c, axisRow] = ChartCell(symbols.horizontalAxis) }
        var free = 0
        for (value, label) in zip(plot.xTicks.values, plot.xTicks.labels) {
            let column = margin + plot.cellColumn(ofX: value)
            grid[column, axisRow] = ChartCell(symbols.xTick)
            let start = min(max(0, column - (label.count - 1) / 2), width - label.count)
            guard start >= free else { continue }
            grid.write(label, column: start, row: axisRow + 1)
            free = start + label.count + 1
        }
        let title = fitted(chart.xTitle, width)
        let start = margin + max(0, (plot.columns - title.count) / 2)
        grid.write(title, column: min(start, max(0, width - title.count)), row: axisRow + 2)
    }

    /// `text`, cut with an ellipsis to at most `room` characters.
    private func fitted(_ text: String, _ room: Int) -> String {
        guard text.count > room else { return text }
        let keep = room - symbols.ellipsis.count
        return keep > 0 ? String(text.prefix(keep)) + symbols.ellipsis : String(text.prefix(max(0, room)))
    }
}
