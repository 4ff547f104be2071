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
            needsReread = true
        }
        return true
    }

    /// Inserts pasted text into the focused field at once (line breaks become spaces, which separate
    /// numbers); returns false, leaving everything as it was, when no field has the focus.
    public mutating func paste(_ text: String) -> Bool {
        switch focus {
        case .x: xField.paste(text)
        case .xhat: xhatField.paste(text)
        case .table: return false
        }
        needsReread = true
        return true
    }

    /// Reads the fields again if they were edited since the last read; the app calls it once per
    /// burst of events, before drawing, so typing or pasting a long list reads it once, not per key.
    public mutating func settle() {
        guard needsReread else { return }
        needsReread = false
        revalidate()
    }

    /// A command key, matched against `commandBindings()`; false when none takes it.
    private mutating func handleCommand(_ key: Key, tableRows: Int) -> Bool {
        guard let command = commandBindings().action(for: key) else { return false }
        perform(command, key: key, tableRows: tableRows)
        return true
    }

    /// Moves the focus, rewriting a stale x̂ field from the current values first (when it gets the
    /// focus, or when asked because the field is about to be read). Leaving the fields reads them,
    /// so commands always act on what the fields say.
    mutating func setFocus(_ newFocus: Focus, rewritingXhat: Bool = false) {
        if (newFocus == .xhat || rewritingXhat) && xhatFieldIsStale { write(data.predictions, to: .xhat) }
        if newFocus == .table { settle() } else { descent.playing = false }
        focus = newFocus
    }

    /// Shows `values` in a field at `writtenDigits` significant digits, keeping them exact for the
    /// computation until that field is edited.
    ///
    /// A list longer than `writtenLimit` is not written out (10⁷ numbers are no text to edit, and
    /// writing them takes seconds and more memory than the data): the field keeps its text, such as
    /// `@xhat.npy`, and stands for `values` until it is edited; x̂ then shows the values, not the text.
    mutating func write(_ values: [Double], to vector: Vector) {
        let long = values.count > Self.writtenLimit
        let text = long ? (vector == .x ? xField.text : xhatField.text) : Self.listText(values, digits: Self.writtenDigits)
        let reading = FieldReading(text: text, values: values)
        switch vector {
        case .x: (xField, xReading) = (TextField(text), reading)
        case .xhat: (xhatField, xhatReading, xhatFieldIsStale) = (TextField(text), reading, long)
        }
    }

    /// Re-reads both fields; valid lists replace the data (once checked and summed, over ticks when
    /// they are long), invalid ones leave it and set the error.
    mutating func revalidate() {
        recompute(losses: targetLosses, logits: logits)
    }

    /// Reads both fields for `losses`, x̂ as logits or not, and starts checking and summing them: when
    /// that is done the data is replaced, or only the error is set. Returns whether work started
    /// (false: a field cannot be used, and the error says why).
    ///
    /// A field is read like a command-line argument, so `@FILE` loads a data file (a text list, `.npy` array, CSV column or PGM image, whose
    /// shape then draws the heat map); an unchanged field is not read again.
    @discardableResult
    mutating func recompute(losses: [Loss], logits: Bool) -> Bool {
        do {
            // A data file newly named in a field is read first, in slices (see `advanceRecomputation`).
            for (vector, text, previous) in [(Vector.x, xField.text, xReading), (.xhat, xhatField.text, xhatReading)] where text != previous.text {
                guard let reference = try VectorArgument.fileReference(String(text.drop { $0 == " " }), for: vector) else { continue }
                let file = Recomputation.FieldFile(vector: vector, text: text, reading: DataFileReading(reference, scale: scale),
                                                   losses: losses, logits: logits)
                start(file)
                return true
            }
            let x = try FieldReading.read(xField.text, for: .x, reusing: xReading, scale: scale)
            xReading = x
            let xhat = try FieldReading.read(xhatField.text, for: .xhat, reusing: xhatReading, scale: scale)
            // Text read afresh is what x̂ holds again.
            if xhat.text != xhatReading.text { xhatFieldIsStale = false }
            xhatReading = xhat
            start(EvaluationJob(x: x.values, xhat: xhat.values, losses: losses, convention: targetConvention, reduction: reduction,
                                precision: precision, logits: logits),
                  for: .fields(x.shape ?? xhat.shape))
            return true
        } catch {
            inputError = error
            return false
        }
    }

    /// Shows `newLosses` once they are summed if the current lists suit them; otherwise keeps the
    /// losses and shows why not. Valid values on screen are summed again without reading the fields.
    mutating func choose(_ newLosses: [Loss]) {
        guard inputError != nil else { return start(data.rebuilding(losses: newLosses, convention: targetConvention), for: .settings) }
        if xhatFieldIsStale { setFocus(.table, rewritingXhat: true) }
        recompute(losses: newLosses, logits: logits)
    }

    /// Switches x̂ between probabilities and logits z = log(x̂ / (1 − x̂)), over ticks when the vectors
    /// are long; the field shows the converted values once they are summed. An x̂ outside (0, 1) has
    /// no logit: the error names it and nothing changes.
    mutating func toggleLogits() {
        start(data.convertingPredictions(), for: .logitConversion)
    }

    /// exact → PyTorch → Keras → exact, after the convention asked for last; the losses it changes
    /// are summed again.
    mutating func cycleConvention() {
        let all = Convention.allCases
        start(data.rebuilding(losses: targetLosses, convention: all[(all.firstIndex(of: targetConvention)! + 1) % all.count]),
              for: .settings)
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
        useValidNumbers()
        data.setPrediction(value, at: selected)
        xhatFieldIsStale = true
        descent.forget()
    }
}
