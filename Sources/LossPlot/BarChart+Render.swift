import LossKit

extension BarChart {
    /// Lays the bars out into exactly `width` × `height` cells: the title, then one bar per row.
    ///
    /// When the bars outnumber the rows, a window that keeps `selected` in view is shown and the last
    /// row says how many are hidden above and below.
    public func render(width: Int, height: Int, mode: CanvasMode) -> ChartGrid {
        let notation: Notation = mode.isUnicode ? .unicode : .ascii
        let symbols = ChartSymbols.forMode(mode)
        var grid = ChartGrid(width: width, height: height)
        grid.write(title, column: 0, row: 0, style: CellStyle(bold: true))
        let room = height - 1
        guard room >= 1, !bars.isEmpty else { return grid }

        let fits = bars.count <= room
        let shown = fits ? bars.count : max(1, room - 1)
        let focus = selected.map { min(max(0, $0), bars.count - 1) } ?? 0
        let first = fits ? 0 : min(max(0, focus - shown / 2), bars.count - shown)
        let visible = first..<(first + shown)

        let total = PairwiseSumTree(bars.map(\.value)).total
        let texts = bars.map { valueText($0.value, total: total, notation: notation) }
        // Labels are right-aligned after one column for the selection pointer.
        let labelWidth = 1 + (visible.map { bars[$0].label.count }.max() ?? 1)
        let valueWidth = visible.map { texts[$0].count }.max() ?? 1
        let barWidth = width - labelWidth - valueWidth - 4
        let largest = bars.map(\.value).filter(\.isFinite).max() ?? 0

        for (row, index) in visible.enumerated() {
            let bar = bars[index]
            let isSelected = index == selected
            let rowStyle = CellStyle(bold: isSelected)
            let r = row + 1
            let pointer = isSelected ? String(symbols.selection) : " "
            let label = pointer + String(repeating: " ", count: labelWidth - 1 - bar.label.count) + bar.label
            grid.write(label, column: 0, row: r, style: rowStyle)
            grid[labelWidth + 1, r] = ChartCell(symbols.verticalAxis)
            if barWidth >= 1 {
                grid.write(fill(bar.value, largest: largest, width: barWidth, mode: mode, symbols: symbols),
                           column: labelWidth + 2, row: r, style: CellStyle(colour: colour, bold: isSelected))
            }
            grid.write(texts[index], column: width - texts[index].count, row: r, style: rowStyle)
        }
        if !fits {
            let hidden = "\(symbols.ellipsis) \(first) above, \(bars.count - visible.upperBound) below"
            grid.write(hidden, column: 0, row: height - 1, style: CellStyle(dim: true))
        }
        return grid
    }

    /// "0.640 (72%)": the value as the read-out writes it, and its share of the total when that is finite.
    private func valueText(_ value: Double, total: Double, notation: Notation) -> String {
        let text = ReadoutFormat.value(value, notation: notation)
        guard total.isFinite, total > 0, value.isFinite else { return text }
        return text + " (\(Int((100 * value / total).rounded()))%)"
    }

    /// The bar itself: full cells, then an eighth-block remainder (Unicode) or a rounded last `#` (ASCII).
    private func fill(_ value: Double, largest: Double, width: Int, mode: CanvasMode, symbols: ChartSymbols) -> String {
        if value.isInfinite && value > 0 {
            return String(repeating: mode.isUnicode ? "█" : "#", count: max(0, width - 1)) + String(symbols.offScaleRight)
        }
        guard value > 0, largest > 0 else { return "" }
        let block = mode.isUnicode ? "█" : "#"
        // A positive value always shows at least the thinnest mark.
        let eighths = max(1, Int((value / largest * Double(width) * 8).rounded()))
        let full = String(repeating: block, count: eighths / 8)
        let rest = eighths % 8
        guard rest > 0 else { return full }
        if mode.isUnicode {
            let partial: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
            return full + String(partial[rest - 1])
        }
        return rest >= 4 || full.isEmpty ? full + block : full
    }
}
