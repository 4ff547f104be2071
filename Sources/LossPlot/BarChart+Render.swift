import CellGrid
import LossKit

extension BarChart {
    /// Draws the bars into `rect` of `buffer`: the title (word-wrapped, never cut), then one bar per row.
    ///
    /// When the bars outnumber the rows, a window that keeps `selected` in view is shown and the last
    /// row says how many are hidden above and below.
    public func render(into buffer: inout CellBuffer, in rect: Rect, mode: CanvasMode) {
        let notation: Notation = mode.isUnicode ? .unicode : .ascii
        let symbols = ChartSymbols.forMode(mode)
        let titleLines = TextWrap.lines(title, width: rect.width)
        for (row, line) in titleLines.enumerated() {
            buffer.put(line, in: rect, row: row, column: 0, style: Style(bold: true))
        }
        let rect = Rect(x: rect.x, y: rect.y + titleLines.count - 1, width: rect.width, height: rect.height - titleLines.count + 1)
        let (width, height) = (rect.width, rect.height)
        let room = height - 1
        guard room >= 1, !bars.isEmpty else { return }

        let fits = bars.count <= room
        let shown = fits ? bars.count : max(1, room - 1)
        let focus = selected.map { min(max(0, $0), bars.count - 1) } ?? 0
        let first = fits ? 0 : min(max(0, focus - shown / 2), bars.count - shown)
        let visible = first..<(first + shown)

        // Labels are right-aligned after one column for the selection pointer.
        let labelWidth = 1 + (visible.map { bars[$0].label.displayWidth }.max() ?? 1)
        // Shares of the total go first when they would leave no column for the bar.
        let total = PairwiseSumTree(bars.map(\.value)).total
        var texts = bars.map { valueText($0.value, total: total, notation: notation) }
        if labelWidth + 5 + (visible.map { texts[$0].displayWidth }.max() ?? 1) > width {
            texts = bars.map { notation.reading($0.value) }
        }
        let valueWidth = visible.map { texts[$0].displayWidth }.max() ?? 1
        let barWidth = width - labelWidth - valueWidth - 4
        let largest = bars.map(\.value).filter(\.isFinite).max() ?? 0

        for (row, index) in visible.enumerated() {
            let bar = bars[index]
            let isSelected = index == selected
            let rowStyle = Style(bold: isSelected)
            let r = row + 1
            let pointer = isSelected ? String(symbols.selection) : " "
            let label = pointer + String(repeating: " ", count: labelWidth - 1 - bar.label.displayWidth) + bar.label
            buffer.put(label, in: rect, row: r, column: 0, style: rowStyle)
            buffer.set(Cell(symbols.verticalAxis), column: labelWidth + 1, row: r, in: rect)
            if barWidth >= 1 {
                buffer.put(fill(bar.value, largest: largest, width: barWidth, mode: mode, symbols: symbols),
                           in: rect, row: r, column: labelWidth + 2, style: Style(colour, bold: isSelected))
            }
            buffer.put(texts[index], in: rect, row: r, column: width - texts[index].displayWidth, style: rowStyle)
        }
        if !fits {
            let hidden = "\(symbols.ellipsis) \(first) above, \(bars.count - visible.upperBound) below"
            buffer.put(hidden, in: rect, row: height - 1, column: 0, style: Style(dim: true))
        }
    }

    /// The bars drawn alone into a buffer of `width` × `height` cells.
    public func buffer(width: Int, height: Int, mode: CanvasMode) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        render(into: &buffer, in: buffer.bounds, mode: mode)
        return buffer
    }

    /// "0.640 (72%)": the value as the read-out writes it, and its share of the total when that is finite.
    private func valueText(_ value: Double, total: Double, notation: Notation) -> String {
        let text = notation.reading(value)
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
