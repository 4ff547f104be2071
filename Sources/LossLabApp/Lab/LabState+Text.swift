import CellGrid
import LossKit

extension LabState {
    /// The Lab's layout in `body`, with as many status and step rows as their wrapped text needs.
    public func layout(in body: Rect, notation: Notation) -> LabLayout {
        let width = LabLayout.textWidth(in: body)
        return LabLayout(body: body, losses: losses.count, elements: data.count,
                         stepRows: stepTexts(notation).reduce(0) { $0 + $1.lines(width: width).count },
                         statusRows: status(notation).lines(width: width).count,
                         totalsRows: totalsTexts(notation).reduce(0) { $0 + $1.lines(width: width).count },
                         keepsStatus: inputError != nil || recomputation != nil || descent.clamped != nil || descent.stop != nil)
    }

    /// The sum, then the loss (the sum divided by n, for the mean), each shown loss's value a piece of
    /// its own; "?" until step mode reaches them.
    func totalsTexts(_ s: Notation) -> [LabText] {
        let kinds = losses
        let n = data.count
        /// `label` before the first value, each value a piece; "?" when not revealed yet.
        func line(_ label: String, _ shows: Bool, _ pick: (Loss) -> Double) -> [String] {
            guard shows else { return [label + "?"] }
            let values = kinds.map { kind in s.reading(pick(kind)) + (kinds.count > 1 ? " (\(kind.shortName))" : "") }
            return [label + values[0]] + values.dropFirst()
        }
        let showsValue = revealed.map { $0 >= stepCount - 1 } ?? true
        let result = reduction == .sum
            ? line("L(x, \(s.xhat)) = \(s.sum) = ", showsValue, data.value) + ["(reduction: sum, no \(s.divide) n)"]
            : line("L(x, \(s.xhat)) = \(s.sum) \(s.divide) n = "
                   + (kinds.count == 1 && showsValue ? "\(s.reading(data.sum(kinds[0]))) \(s.divide) \(n) = " : ""),
                   showsValue, data.value)
        let showsSum = revealed.map { $0 > n } ?? true
        let sum = line("\(s.sum) = ", showsSum) { data.sum($0) }
        // Before step mode reaches the sum, both read "?": one paragraph, so they share a line.
        guard showsSum else { return [LabText(pieces: sum + result, role: .strong)] }
        return [LabText(pieces: sum, role: .strong), LabText(pieces: result, role: .strong)]
    }

    /// How the data files in the fields were normalised, such as "x: uint8 .npy ÷ 255 (the type's maximum)";
    /// empty when both fields hold typed numbers.
    func normalisationNotes(_ s: Notation) -> [String] {
        [(Vector.x, xReading), (.xhat, xhatReading)].compactMap { vector, reading in
            reading.normalisation.map { "\(vector.name(s)): \($0.text(s))" }
        }
    }

    /// The status line: the progress of a recomputation, why the fields cannot be used, or how their data files were normalised and
    /// then how gradient descent goes, the convention's note or what the keys do.
    func status(_ s: Notation) -> LabText {
        if let recomputation { return LabText(recomputation.progressText(s), role: .highlight) }
        if let inputError { return LabText("! " + inputError.message(s), role: .error) }
        let notes = normalisationNotes(s)
        let note = notes.isEmpty ? "" : notes.joined(separator: "; ") + ". "
        if focus != .table {
            return LabText(note + "type numbers or @FILE (.txt .npy .csv .pgm); Enter/Esc: done, Tab: next field", role: .dim)
        } else if showsDescent || descent.stop != nil {
            return descentStatus(s)
        } else if conventionApplies {
            return LabText(note + convention.explanation(s), role: .dim)
        }
        let arrows = s == .unicode ? "\u{2191}\u{2193}" : "Up/Down"
        return LabText(note + "n = \(data.count)   Tab or e: edit the lists   \(arrows): choose element   [ ] { }: nudge \(predictionName(s))",
                       role: .dim)
    }

    /// The step text: a hint before step mode, else for each shown loss the step's formula and then
    /// its numbers.
    func stepTexts(_ s: Notation) -> [LabText] {
        guard let revealed else { return [LabText("Space: step through the computation one term at a time", role: .dim)] }
        let count = stepCount
        let label = "step \(revealed)/\(count)" + (revealed == count ? " (done; r: show all)" : "") + ": "
        guard revealed > 0 else { return [LabText(label + "press Space to reveal the first term", role: .highlight)] }
        let n = data.count
        let kinds = losses
        return kinds.enumerated().flatMap { row, kind in
            let spec = data.spec(kind)
            let step: Step
            if revealed <= n {
                step = Evaluation.termStep(data.term(kind, at: revealed - 1), spec: spec, notation: s,
                                           runningSum: data.runningSum(kind, count: revealed))
            } else {
                step = Evaluation.totalSteps(spec: spec, n: n, sum: data.sum(kind), elementLoss: { data.elementLoss(kind, at: $0) },
                                             notation: s)[revealed - n - 1]
            }
            let prefix = kinds.count > 1 ? "\(kind.shortName) " : ""
            let numbers = "= " + step.line(s).dropFirst(step.symbolic.count + 3)
            let running = step.runningSum.map { ["running \(s.sum) = \(s.reading($0))"] } ?? []
            return [LabText((row == 0 ? label : "") + prefix + step.symbolic, role: .highlight),
                    LabText(pieces: [numbers] + running, column: 3, role: .highlight)]
        }
    }
}
