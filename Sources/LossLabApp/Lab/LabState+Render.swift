import CellGrid
import LossKit
import LossPlot

extension LabState {
    /// Draws the Lab into `layout`'s rectangles of `screen`, its charts on `canvas`.
    public func render(into screen: inout CellBuffer, layout: LabLayout, notation: Notation, canvas: CanvasMode, colour: Bool) {
        renderInputs(into: &screen, rect: layout.inputs, notation: notation)
        renderStatus(into: &screen, rect: layout.status, notation: notation)
        for (row, loss) in losses.enumerated() {
            screen.put(loss.formula(notation, reduction: reduction), in: layout.formula, row: row, column: 1, role: .formula)
        }
        renderTable(into: &screen, rect: layout.table, notation: notation)
        renderTotals(into: &screen, rect: layout.totals, notation: notation)
        renderStep(into: &screen, rect: layout.step, notation: notation)
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
                let (visible, cursor) = field.window(width: width)
                screen.put(visible, x: start, y: rect.y + row, role: role, limit: width)
                if cursor < width { screen[start + cursor, rect.y + row].role = .highlight }
            } else if stale {
                screen.put(Self.listPrefix(data.predictions, width: width, notation: s), x: start, y: rect.y + row, role: role, limit: width)
            } else {
                screen.put(field.text, x: start, y: rect.y + row, role: role, limit: width)
            }
        }
        var col = screen.put(" loss ", in: rect, row: 2, role: .dim)
        for choice in LossKey.all {
            col = screen.put("\(choice.key):", x: col, y: rect.y + 2, role: .dim, limit: rect.maxX - col)
            col = screen.put(choice.label, x: col, y: rect.y + 2, role: losses == choice.losses ? .selected : .normal,
                             limit: rect.maxX - col)
            col = screen.put(" ", x: col, y: rect.y + 2, limit: rect.maxX - col)
        }
        if conventionApplies {
            col = screen.put(" c: ", x: col, y: rect.y + 2, role: .dim, limit: rect.maxX - col)
            col = screen.put(convention.title, x: col, y: rect.y + 2, role: .strong, limit: rect.maxX - col)
        }
        col = screen.put("  z: ", x: col, y: rect.y + 2, role: .dim, limit: rect.maxX - col)
        screen.put(logits ? "logits" : "probabilities", x: col, y: rect.y + 2, role: .strong, limit: rect.maxX - col)
    }

    /// The start of a list as text, no longer than `width`, without formatting the whole list.
    static func listPrefix(_ values: [Double], width: Int, notation: Notation) -> String {
        var text = ""
        for v in values {
            if !text.isEmpty { text += ", " }
            text += fieldNumber(v)
            if text.count > width { break }
        }
        return text
    }

    private func renderStatus(into screen: inout CellBuffer, rect: Rect, notation: Notation) {
        if let inputError {
            screen.put("! " + inputError.message(notation), in: rect, row: 0, column: 1, role: .error)
        } else if focus == .table && conventionApplies {
            screen.put(convention.explanation(notation), in: rect, row: 0, column: 1, role: .dim)
        } else if focus == .table {
            screen.put("n = \(data.count)   Tab or e: edit the lists   \(notation == .unicode ? "\u{2191}\u{2193}" : "Up/Down"): choose element   [ ] { }: nudge \(predictionName(notation))",
                       in: rect, row: 0, column: 1, role: .dim)
        } else {
            screen.put("type numbers separated by commas or spaces; Enter or Esc: done, Tab: next field",
                       in: rect, row: 0, column: 1, role: .dim)
        }
    }

    private func renderTable(into screen: inout CellBuffer, rect: Rect, notation: Notation) {
        guard rect.height > 0 else { return }
        let columns = StepTableColumn.columns(for: self, notation: notation, width: rect.width)
        var x = rect.x
        for column in columns {
            let header = column.header
            screen.put(header, x: x + column.width - 1 - header.displayWidth, y: rect.y, role: .tableHeader, limit: header.displayWidth)
            x += column.width
        }
        let rows = rect.height - 1
        let first = visibleScroll(rows: rows)
        let current = revealed.flatMap { $0 >= 1 && $0 <= data.count ? $0 - 1 : nil }
        for r in 0..<rows {
            let index = first + r
            guard index < data.count else { break }
            let y = rect.y + 1 + r
            let row = tableRow(index)
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

    private func renderTotals(into screen: inout CellBuffer, rect: Rect, notation s: Notation) {
        let kinds = losses
        func values(_ pick: (Loss) -> Double) -> String {
            kinds.map { kind in s.number(pick(kind)) + (kinds.count > 1 ? " (\(kind.shortName))" : "") }.joined(separator: "   ")
        }
        let n = data.count
        let showsSum = revealed.map { $0 > n } ?? true
        let showsValue = revealed.map { $0 >= stepCount - 1 } ?? true
        screen.put("\(s.sum) = " + (showsSum ? values { data.sum($0) } : "?"), in: rect, row: 0, column: 1, role: .strong)
        guard reduction == .mean else {
            screen.put("L(x, \(s.xhat)) = \(s.sum) = " + (showsValue ? values(data.value) : "?") + "   (reduction: sum, no \(s.divide) n)",
                       in: rect, row: 1, column: 1, role: .strong)
            return
        }
        let division = kinds.count == 1 ? "\(s.number(data.sum(kinds[0]))) \(s.divide) \(n) = " : ""
        screen.put("L(x, \(s.xhat)) = \(s.sum) \(s.divide) n = " + (showsValue ? division + values(data.value) : "?"),
                   in: rect, row: 1, column: 1, role: .strong)
    }

    private func renderStep(into screen: inout CellBuffer, rect: Rect, notation s: Notation) {
        guard let revealed else {
            screen.put("Space: step through the computation one term at a time", in: rect, row: 0, column: 1, role: .dim)
            return
        }
        let count = stepCount
        let label = "step \(revealed)/\(count)" + (revealed == count ? " (done; r: show all)" : "") + ": "
        guard revealed > 0 else {
            screen.put(label + "press Space to reveal the first term", in: rect, row: 0, column: 1, role: .highlight)
            return
        }
        let n = data.count
        let kinds = losses
        for (row, kind) in kinds.enumerated() {
            let spec = data.spec(kind)
            let step: Step
            if revealed <= n {
                step = Evaluation.termStep(data.term(kind, at: revealed - 1), spec: spec, notation: s,
                                           runningSum: data.runningSum(kind, count: revealed))
            } else {
                step = Evaluation.totalSteps(spec: spec, n: n, sum: data.sum(kind), elementLoss: { data.elementLoss(kind, at: $0) },
                                             notation: s)[revealed - n - 1]
            }
            // Two rows per loss: the formula with symbols, then the numbers and the result.
            let prefix = kinds.count > 1 ? "\(kind.shortName) " : ""
            screen.put((row == 0 ? label : "") + prefix + step.symbolic, in: rect, row: 2 * row, column: 1, role: .highlight)
            var numbers = "  = " + step.line(s).dropFirst(step.symbolic.count + 3)
            if let running = step.runningSum { numbers += "   running \(s.sum) = \(s.number(running))" }
            screen.put(numbers, in: rect, row: 2 * row + 1, column: 1, role: .highlight)
        }
    }
}
