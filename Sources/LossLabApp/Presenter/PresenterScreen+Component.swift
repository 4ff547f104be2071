import CellGrid
import LessonKit

extension PresenterScreen: Component {
    enum Action: Sendable, Equatable {
        case forward, back, startJump, blank, timer, askQuit, reader
        /// Open the slide's newest lab in the Lab, or its newest training run in the Train screen, with big read-outs.
        case lab, train
        /// While choosing a slide: go there, or give up.
        case jumpThere, cancelJump
        /// While asking before quitting.
        case quit, stay
    }

    func bindings(_ context: ScreenContext) -> [KeyBinding<Action>] {
        if confirmingQuit {
            return [
                KeyBinding([.char("y"), .char("q")], KeyHelp("y", "quit", help: "y (or q again): leave LossLab"), .quit),
                KeyBinding([.char("n"), .escape], KeyHelp("n Esc", "stay"), .stay),
            ]
        }
        if jump != nil {
            return [
                KeyBinding([.enter], KeyHelp("Enter", "go to the slide"), .jumpThere),
                KeyBinding([.escape], KeyHelp("Esc", "cancel"), .cancelJump),
            ]
        }
        return [
            KeyBinding([.char(" "), .right, .pageDown, .enter], KeyHelp("Space →", ascii: "Space Right", "forward",
                       help: "reveal the next block (→, PgDn and Enter too)"), .forward),
            KeyBinding([.left, .backspace, .pageUp], KeyHelp("← BS", ascii: "Left BS", "back", help: "hide the last block (Backspace, PgUp too)"), .back),
            KeyBinding([.char("g")], KeyHelp("g N Enter", "go to slide", help: "g, a slide number, Enter: go to that slide"), .startJump),
            KeyBinding([.char("b")], KeyHelp("b", "blank", help: "blank the screen, or show it again"), .blank),
            KeyBinding([.char("T")], KeyHelp("T", "timer", help: "start or stop the timer"), .timer),
            KeyBinding([.char("l")], KeyHelp("l", "Lab", help: "open the newest lab on the slide in the Lab, its losses in big digits (Esc comes back)"), .lab),
            KeyBinding([.char("w")], KeyHelp("w", "Train", help: "open the newest training run on the slide in the Train screen, "
                       + "its test loss in big digits (Esc comes back)"), .train),
            KeyBinding([.escape], KeyHelp("Esc", "reader", help: "leave the presenter for the lesson's reader"), .reader),
            KeyBinding([.char("q")], KeyHelp("q", "quit", help: "quit (asks first)"), .askQuit),
        ]
    }

    mutating func perform(_ action: Action, key: Key, _ context: ScreenContext) -> [Effect] {
        let before = step
        switch action {
        case .forward: if blanked { blanked = false } else { step = min(step + 1, reveal.steps.count - 1) }
        case .back: if blanked { blanked = false } else { step = max(step - 1, 0) }
        case .startJump: jump = ""
        case .cancelJump: jump = nil
        case .jumpThere:
            if let n = jump.flatMap({ Int($0) }), n >= 1, n <= reveal.slideCount { step = reveal.slideStarts[n - 1] }
            jump = nil
        case .blank: blanked.toggle()
        case .timer: timing.toggle()
        case .askQuit: confirmingQuit = true
        case .quit: return [.quit]
        case .stay: confirmingQuit = false
        case .reader: return [.open(.lesson(lesson))]
        case .lab:
            return newest(context.lessons) { if case let .lab(preset) = $0 { preset } else { nil } }.map { [.openPreset($0)] } ?? []
        case .train:
            return newest(context.lessons) { if case let .train(preset) = $0 { preset } else { nil } }.map { [.openTrain($0)] } ?? []
        }
        return step == before ? [] : [.notes(notesText(context.lessons))]
    }

    mutating func handleUnbound(_ key: Key, _ context: ScreenContext) -> Outcome {
        if confirmingQuit {
            confirmingQuit = false
            return .handled
        }
        guard let typed = jump else { return .ignored }
        switch key {
        case let .char(c) where c.isASCII && c.isNumber && typed.count < 3: jump = typed + String(c)
        case .backspace: jump = String(typed.dropLast())
        default: break
        }
        return .handled
    }

    var tickInterval: Duration? { timing ? .seconds(1) : nil }

    mutating func tick(_ context: ScreenContext) -> Outcome {
        guard timing else { return .ignored }
        elapsed += .seconds(1)
        return .handled
    }

    func title(_ context: ScreenContext) -> String { "Presenting: " + context.lessons[lesson].title }

    /// Every key of the presenter, whatever it is asking.
    func keyHelp(_ context: ScreenContext) -> [KeyHelp] {
        var plain = self
        plain.jump = nil
        plain.confirmingQuit = false
        return plain.barHelp(context)
    }
}
