import LossKit

extension LabState {
    /// Applies a key; `tableRows` is how many table rows are visible, for scrolling.
    /// Returns false when the Lab does not use the key (so the app may).
    public mutating func handle(_ key: Key, tableRows: Int) -> Bool {
        switch focus {
        case .x, .xhat: return handleEditing(key)
        case .table: return handleCommand(key, tableRows: max(1, tableRows))
        }
    }

    private mutating func handleEditing(_ key: Key) -> Bool {
        switch key {
        case .tab: setFocus(focus == .x ? .xhat : .table)
        case .backTab: setFocus(focus == .xhat ? .x : .table)
        case .enter, .escape: setFocus(.table)
        default:
            if focus == .x {
                guard xField.handle(key) else { return false }
            } else {
                guard xhatField.handle(key) else { return false }
            }
            revalidate()
        }
        return true
    }

    /// A command key, matched against `commandBindings()`; false when none takes it.
    private mutating func handleCommand(_ key: Key, tableRows: Int) -> Bool {
        guard let command = commandBindings().action(for: key) else { return false }
        perform(command, key: key, tableRows: tableRows)
        return true
    }

    /// Moves the focus, rewriting a stale x̂ field from the current values first (when it gets the
    /// focus, or when asked because the field is about to be read).
    mutating func setFocus(_ newFocus: Focus, rewritingXhat: Bool = false) {
        if (newFocus == .xhat || rewritingXhat) && xhatFieldIsStale {
            xhatField.set(Self.listText(data.predictions))
            xhatFieldIsStale = false
        }
        focus = newFocus
    }

    /// Re-reads both fields; valid lists replace the data, invalid ones leave it and set the error.
    mutating func revalidate() {
        rebuild(losses: losses, logits: logits)
    }

    /// Reads both fields for `losses`, x̂ as logits or not; on success the data is rebuilt, else only the error is set.
    @discardableResult
    mutating func rebuild(losses: [Loss], logits: Bool) -> Bool {
        do {
            let input = try LossInput(xText: xField.text, xhatText: xhatField.text, losses: losses, logits: logits)
            data = IncrementalEvaluation(input, losses: losses, convention: convention, reduction: reduction,
                                         precision: precision, logits: logits)
            inputError = nil
            selected = min(selected, data.count - 1)
            scroll = min(scroll, selected)
            if let r = revealed { revealed = min(r, stepCount) }
            return true
        } catch {
            inputError = error
            return false
        }
    }

    /// Shows `newLosses` if the current lists suit them; otherwise keeps the losses and shows why not.
    mutating func choose(_ newLosses: [Loss]) {
        if xhatFieldIsStale { setFocus(.table, rewritingXhat: true) }
        let shown = losses
        guard !rebuild(losses: newLosses, logits: logits) else { return }
        // Keep what was on screen; the error says why the choice is refused.
        let refusal = inputError
        rebuild(losses: shown, logits: logits)
        inputError = refusal
    }

    /// Switches x̂ between probabilities and logits z = log(x̂ / (1 − x̂)), rewriting the field.
    mutating func toggleLogits() {
        let values: [Double]
        if logits {
            values = data.predictions.map { Double.sigmoid($0) }
        } else {
            if let i = data.predictions.firstIndex(where: { !($0 > 0 && $0 < 1) }) {
                inputError = .noLogit(index: i + 1, value: data.predictions[i])
                return
            }
            values = data.predictions.map { Double.logit($0) }
        }
        let before = xhatField.text
        xhatField.set(Self.listText(values))
        xField.set(Self.listText(data.x))
        xhatFieldIsStale = false
        if !rebuild(losses: losses, logits: !logits) { xhatField.set(before) }
    }

    /// exact → PyTorch → Keras → exact.
    mutating func cycleConvention() {
        let all = Convention.allCases
        data.setConvention(all[(all.firstIndex(of: convention)! + 1) % all.count])
    }

    /// Reveals one more step in step mode (starting step mode from the full view).
    mutating func advanceStep(tableRows: Int) {
        let next = min((revealed ?? 0) + 1, stepCount)
        revealed = next
        if next <= data.count { select(next - 1, tableRows: tableRows) }
    }

    /// Hides the last revealed step again (step mode only), down to the start.
    mutating func stepBack(tableRows: Int) {
        guard let r = revealed, r > 0 else { return }
        revealed = r - 1
        if r - 1 >= 1 && r - 1 <= data.count { select(r - 2, tableRows: tableRows) }
    }

    /// Chooses element `index` (clamped) and scrolls it into view.
    mutating func select(_ index: Int, tableRows: Int) {
        selected = min(max(0, index), data.count - 1)
        if selected < scroll { scroll = selected }
        if selected >= scroll + tableRows { scroll = selected - tableRows + 1 }
    }

    /// Moves x̂ of the chosen element by `delta` (a logit by 10 × `delta`), kept inside [0, 1] while a
    /// shown loss needs it there.
    mutating func nudge(by delta: Double) {
        var value = data.predictions[selected] + (logits ? 10 * delta : delta)
        // Keep 12 decimals so repeated 0.01 steps read 0.3, not 0.30000000000000004.
        value = (value * 1e12).rounded() / 1e12
        if !logits && losses.contains(where: { $0.domain == .unitInterval }) { value = min(1, max(0, value)) }
        data.setPrediction(value, at: selected)
        xhatFieldIsStale = true
        if inputError != nil {
            // Nudging works on the valid numbers on screen: the fields go back to them.
            xField.set(Self.listText(data.x))
            inputError = nil
        }
    }
}
