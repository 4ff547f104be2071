import LossKit

extension LabState {
    /// What a command key does in the Lab while no field is being edited.
    enum Command: Sendable, Equatable {
        /// Tab: edit x; Shift-Tab and e: edit x̂.
        case edit
        /// Show the losses of the loss key pressed.
        case chooseLoss
        case cycleConvention, toggleLogits, toggleReduction, toggleGradient
        case nextStep, previousStep, revealOrRestart
        /// Choose the element above or below.
        case moveElement
        /// Page up / down, first / last element.
        case jump
        /// Move x̂ᵢ by 0.01 or by 0.1, the direction given by the key.
        case nudge(Double)
        /// One step of gradient descent.
        case descend
        case togglePlay
        /// A smaller or larger learning rate, the direction given by the key.
        case changeRate
        case cycleDriver, undoDescent
    }

    /// The command keys in force: the convention key only while a shown loss uses a convention, the
    /// step-back key only in step mode.
    func commandBindings() -> [KeyBinding<Command>] {
        let lossKeys = LossKey.all
        var bindings: [KeyBinding<Command>] = [
            KeyBinding([.tab, .backTab, .char("e")], KeyHelp("Tab e", "edit", help: "edit the lists: Tab x, e or Shift-Tab x̂", priority: 6), .edit),
            KeyBinding(lossKeys.map { .char($0.key) },
                       KeyHelp(lossKeys.map { String($0.key) }.joined(separator: " "), "loss",
                               help: "show " + lossKeys.map { "\($0.key) \($0.label)" }.joined(separator: ", "), priority: 6), .chooseLoss),
        ]
        if conventionApplies {
            bindings.append(KeyBinding([.char("c")], KeyHelp("c", "convention", help: "the next convention: exact, PyTorch, Keras", priority: 7), .cycleConvention))
        }
        bindings += [
            KeyBinding([.char("z")], KeyHelp("z", "logits", help: "x̂ as probability / as logit z", inBar: false), .toggleLogits),
            KeyBinding([.char("d")], KeyHelp("d", "mean / sum", help: "mean / sum (divide by n or not)", inBar: false), .toggleReduction),
            KeyBinding([.char(" ")], KeyHelp("Space", "step", help: "reveal the next step of the computation", priority: 9), .nextStep),
        ]
        if revealed != nil {
            bindings.append(KeyBinding([.backspace], KeyHelp("Backspace", ascii: "BS", "step back", help: "hide the last step again", priority: 6), .previousStep))
        }
        bindings += [
            KeyBinding([.char("r")], KeyHelp("r", "reveal", help: "reveal all (leave step mode), or start stepping again", priority: 5), .revealOrRestart),
            KeyBinding(Key.upDown, KeyHelp("↑↓ j k", ascii: "Up/Down j k", "element", help: "choose the element above or below", priority: 6), .moveElement),
            KeyBinding([.left, .right, .char("["), .char("]"), .char("-"), .char("+")],
                       KeyHelp("←→ [ ]", ascii: "Left/Right [ ]", "nudge", help: "nudge x̂ᵢ by 0.01 (also - and +)", priority: 8), .nudge(0.01)),
            KeyBinding([.char("{"), .char("}")], KeyHelp("{ }", "nudge by 0.1", help: "nudge x̂ᵢ by 0.1", priority: 3), .nudge(0.1)),
            KeyBinding([.char("g")], KeyHelp("g", "gradient", help: "chart the gradient instead of the loss, or back", priority: 4), .toggleGradient),
            KeyBinding([.char("s")], KeyHelp("s", "descend", help: "one step of gradient descent on every x̂ᵢ (or zᵢ)", priority: 7), .descend),
            KeyBinding([.char("p")], KeyHelp("p", isPlaying ? "pause" : "play",
                                             help: "play / pause gradient descent, a step a tick", priority: 7), .togglePlay),
            KeyBinding([.char("<"), .char(","), .char(">"), .char(".")],
                       KeyHelp("< >", "η", help: "smaller / larger learning rate η (also , and .)", priority: 6), .changeRate),
        ]
        if losses.count > 1 {
            bindings.append(KeyBinding([.char("w")], KeyHelp("w", "driver", help: "which shown loss drives gradient descent",
                                                             priority: 4), .cycleDriver))
        }
        if descent.start != nil {
            bindings.append(KeyBinding([.char("u")], KeyHelp("u", "undo descent", help: "undo the descent: back to the values before it",
                                                             priority: 5), .undoDescent))
        }
        bindings += [
            KeyBinding([.pageUp, .pageDown, .home, .end], KeyHelp("PgUp PgDn Home End", "move far",
                                                                  help: "move through long vectors a page at a time, or to the ends", inBar: false), .jump),
        ]
        return bindings
    }

    /// Does what `command` (bound to `key`) stands for; `tableRows` is how many table rows are visible.
    /// While a recomputation runs, a key that changes values or settings waits for it (see `waits`).
    mutating func perform(_ command: Command, key: Key, tableRows: Int) {
        guard !waits(command) else {
            recomputation?.waiting.append(Recomputation.WaitingKey(key: key, tableRows: tableRows))
            return
        }
        switch command {
        case .edit: setFocus(key == .tab ? .x : .xhat)
        case .chooseLoss:
            if case let .char(c) = key, let choice = LossKey.all.first(where: { $0.key == c }) { choose(choice.losses) }
        case .cycleConvention: cycleConvention()
        case .toggleLogits: toggleLogits()
        case .toggleReduction:
            data.setReduction(reduction == .mean ? .sum : .mean)
            descent.forget()
            if let r = revealed { revealed = min(r, stepCount) }
        case .toggleGradient: showsGradient.toggle()
        case .nextStep: advanceStep(tableRows: tableRows)
        case .previousStep: stepBack(tableRows: tableRows)
        case .revealOrRestart: revealed = revealed == nil ? 0 : nil
        case .moveElement: select(selected + key.step, tableRows: tableRows)
        case .jump:
            switch key {
            case .home: select(0, tableRows: tableRows)
            case .end: select(data.count - 1, tableRows: tableRows)
            default: select(selected + key.step * tableRows, tableRows: tableRows)
            }
        case let .nudge(size): nudge(by: Double(key.step) * size)
        case .descend: stepOnce()
        case .togglePlay: togglePlay()
        case .changeRate: changeRate(key.step)
        case .cycleDriver: cycleDriver()
        case .undoDescent: undoDescent()
        }
    }
}
