import CellGrid
import LossKit
import LossPlot

extension LabState {
    /// Draws the Lab into `layout`'s rectangles of `screen`, its charts on `canvas`.
    public func render(into screen: inout CellBuffer, layout: LabLayout, notation: Notation, canvas: CanvasMode, colour: Bool) {
        renderInputs(into: &screen, rect: layout.inputs, notation: notation)
        status(notation).draw(into: &screen, rect: layout.status, row: 0)
        for (row, loss) in losses.enumerated() {
            screen.put(loss.formula(notation, reduction: reduction), in: layout.formula, row: row, column: 1, role: .formula)
        }
        renderTable(into: &screen, rect: layout.table, notation: notation)
        for (texts, rect) in [(totalsTexts(notation), layout.totals), (stepTexts(notation), layout.step)] {
            var row = 0
            for text in texts { row += text.draw(into: &screen, rect: rect, row: row) }
        }
        renderChart(into: &screen, rect: layout.chart, notation: notation, canvas: canvas)
        renderBars(into: &screen, rect: layout.bars, notation: notation, canvas: canvas, colour: colour)
    }

    /// The table row of element `index` (0-based).
    func tableRow(_ index: Int) -> StepTableRow {
        StepTableRow(index: index, x: data.x[index], terms: losses.map { data.term($0, at: index) })
    }

    /// The first row to draw so the chosen element is visible in `rows` rows.
    func visibleScroll(rows: Int) -> Int {
        guard rows > 0 else { return 0 }
        var first = min(scroll, max(0, data.count - rows))
        if selected < first { first = selected }
        if selected >= first + rows { first = selected - rows + 1 }
        return max(0, first)
    }

    private func renderInputs(into screen: inout CellBuffer, rect: Rect, notation s: Notation) {
        let labels = [("x", Focus.x, xField, false), (predictionName(s), Focus.xhat, xhatField, xhatFieldIsStale)]
        for (row, (label, fieldFocus, field, stale)) in labels.enumerated() {
            let start = screen.put(" \(label) = ", in: rect, row: row, role: .strong)
            let width = rect.maxX - start - 1
            let focused = focus == fieldFocus
            let role: StyleRole = focused ? .inputFocused : .input
            screen.fill(Rect(x: start, y: rect.y + row, width: width, height: 1), role: role)
            guard row < rect.height else { continue }
            if focused {
                let (visible, cursor) = field.listWindow(width: width)
                screen.put(visible, x: start, y: rect.y + row, role: role, limit: width)
                if cursor < width { screen[start + cursor, rect.y + row].role = .highlight }
            } else {
                // A list that does not fit ends in "…" after a separator, never inside a number.
                let text = stale ? Self.listPrefix(data.predictions, width: width) : field.text
                screen.put(TextWrap.shortened(text, width: width), x: start, y: rect.y + row, role: role, limit: width)
            }
        }
        renderChoices(into: &screen, rect: rect)
    }

    /// The row of choices under the fields ("loss m:MSE b:BCE …  c: exact  z: probabilities"), when the
    /// inputs have a third row: each group is drawn whole or, when the row is too narrow, left out (the
    /// title bar names the settings and the help page lists the keys).
    private func renderChoices(into screen: inout CellBuffer, rect: Rect) {
        guard rect.height > 2 else { return }
        var groups: [[(text: String, role: StyleRole)]] = [[(" loss ", .dim)] + LossKey.all.flatMap { choice in
            [("\(choice.key):", .dim), (choice.label, losses == choice.losses ? .selected : .normal), (" ", .normal)]
        }]
        if conventionApplies { groups.append([(" c: ", .dim), (convention.title, .strong)]) }
        groups.append([("  z: ", .dim), (logits ? "logits" : "probabilities", .strong)])
        var col = rect.x
        for group in groups {
            let width = group.reduce(0) { $0 + $1.text.displayWidth }
            guard col + width <= rect.maxX else { continue }
            for part in group { col = screen.put(part.text, x: col, y: rect.y + 2, role: part.role) }
        }
    }

    /// The start of a list as the field would show it, just longer than `width` when the list is,
    /// without formatting the whole list.
    static func listPrefix(_ values: [Double], width: Int) -> String {
        var text = ""
        for v in values {
            if !text.isEmpty { text += ", " }
            text += fieldNumber(v, digits: writtenDigits)
            if text.utf8.count > width { break }
        }
        return text
    }

    private func renderTable(into screen: inout CellBuffer, rect: Rect, notation: Notation) {
        guard rect.height > 0 else { return }
        let rows = rect.height - 1
        let first = visibleScroll(rows: rows)
        let shown = (first..<min(data.count, first + max(0, rows))).map(tableRow)
        let columns = StepTableColumn.columns(for: self, notation: notation, width: rect.width, rows: shown)
        var x = rect.x
        for column in columns {
            let header = column.header
            screen.put(header, x: x + column.width - 1 - header.displayWidth, y: rect.y, role: .tableHeader, limit: header.displayWidth)
            x += column.width
        }
        let current = revealed.flatMap { $0 >= 1 && $0 <= data.count ? $0 - 1 : nil }
        for (r, row) in shown.enumerated() {
            let index = first + r
            let y = rect.y + 1 + r
            let hidden = revealed.map { index >= $0 } ?? false
            let rowRole: StyleRole = index == current ? .highlight : (index == selected && focus == .table ? .selected : .normal)
            if rowRole != .normal { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: rowRole) }
            if index == selected { screen.put(notation == .unicode ? "▶" : ">", x: rect.x, y: y, role: rowRole) }
            var colX = rect.x
            for column in columns {
                let text = hidden && column.isComputed ? notation == .unicode ? "·" : "." : column.cell(row)
                let role = hidden && column.isComputed ? .dim : rowRole
                screen.put(text, x: colX + column.width - 1 - text.displayWidth, y: y, role: role, limit: text.displayWidth)
                colX += column.width
            }
        }
    }
}
