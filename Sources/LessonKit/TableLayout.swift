import CellGrid
import LossKit

/// Lays a GFM table out in a box of at most a given width, wrapping cells when columns must shrink.
///
/// When even one column per cell cannot fit, each row is written as `header: value` lines instead.
struct TableLayout {
    let table: Table
    let layout: LessonLayout

    private var ascii: Bool { layout.notation == .ascii }

    func lines(width: Int) -> [LayoutLine] {
        let header = table.header.map(layout.spans)
        let rows = table.rows.map { $0.map(layout.spans) }
        let columns = table.alignments.count
        guard columns > 0 else { return [] }
        let available = width - (3 * columns + 1)
        guard available >= 3 * columns else { return stacked(header: header, rows: rows, width: width) }
        let widths = columnWidths(natural: (0..<columns).map { c in
            ([header] + rows).map { row in row[c].map(\.text).joined().displayWidth }.max() ?? 1
        }, available: available)
        var out: [LayoutLine] = [border(widths, ascii ? ("+", "+", "+") : ("┌", "┬", "┐"))]
        out += row(header.map { $0.map { StyledSpan($0.text, .tableHeader) } }, widths: widths)
        out.append(border(widths, ascii ? ("+", "+", "+") : ("├", "┼", "┤")))
        for r in rows { out += row(r, widths: widths) }
        out.append(border(widths, ascii ? ("+", "+", "+") : ("└", "┴", "┘")))
        return out
    }

    /// Column widths: each as wide as its widest cell, the widest ones narrowed until all fit `available`.
    private func columnWidths(natural: [Int], available: Int) -> [Int] {
        var widths = natural.map { max(1, $0) }
        var remaining = available
        var left = widths.count
        for c in widths.indices.sorted(by: { widths[$0] < widths[$1] }) {
            let share = remaining / left
            widths[c] = min(widths[c], share)
            remaining -= widths[c]
            left -= 1
        }
        return widths
    }

    private func border(_ widths: [Int], _ corners: (String, String, String)) -> LayoutLine {
        let bar = ascii ? "-" : "─"
        let inner = widths.map { String(repeating: bar, count: $0 + 2) }.joined(separator: corners.1)
        return .text([StyledSpan(corners.0 + inner + corners.2, .tableBorder)])
    }

    /// One table row: every cell wrapped to its column, padded by its alignment, side by side.
    private func row(_ cells: [[StyledSpan]], widths: [Int]) -> [LayoutLine] {
        let wrapped = zip(cells, widths).map { TextWrapper(width: $1).lines($0) }
        let height = wrapped.map(\.count).max() ?? 1
        let side = ascii ? "|" : "│"
        return (0..<height).map { i in
            var spans = [StyledSpan(side, .tableBorder)]
            for (c, lines) in wrapped.enumerated() {
                let content = i < lines.count ? lines[i] : []
                let gap = widths[c] - content.reduce(0) { $0 + $1.text.displayWidth }
                let leftGap = switch table.alignments[c] {
                case .left: 0
                case .right: gap
                case .center: gap / 2
                }
                spans.append(StyledSpan(String(repeating: " ", count: 1 + leftGap), .body))
                spans += content
                spans.append(StyledSpan(String(repeating: " ", count: 1 + gap - leftGap), .body))
                spans.append(StyledSpan(side, .tableBorder))
            }
            return .text(TextWrapper.merged(spans))
        }
    }

    /// Each row as `header: value` lines, a blank line between rows, for widths too small for a box.
    private func stacked(header: [[StyledSpan]], rows: [[[StyledSpan]]], width: Int) -> [LayoutLine] {
        let wrapper = TextWrapper(width: width)
        var out: [LayoutLine] = []
        for (r, row) in rows.enumerated() {
            if r > 0 { out.append(.text([])) }
            for (name, cell) in zip(header, row) {
                let label = name.map { StyledSpan($0.text, .tableHeader) } + [StyledSpan(": ", .tableHeader)]
                out += wrapper.lines(label + cell).map(LayoutLine.text)
            }
        }
        return out
    }
}
