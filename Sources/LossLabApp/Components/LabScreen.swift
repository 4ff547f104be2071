import CellGrid
import LessonKit
import LossKit

/// The Lab as a screen: the calculator, where `t` and Esc lead back to, and what it was opened on.
public struct LabScreen: Sendable, Equatable {
    public var lab: LabState
    /// Where `t` and Esc lead: the contents, or the lesson that opened it.
    public var origin: Page = .contents
    /// The Lab as it was opened (a lesson's preset or the example): what `R` goes back to, the
    /// learning rate included and no descent steps (`u` undoes only the steps).
    public var start: LabState
    /// The task of the preset the Lab was opened on, shown above the Lab.
    public var caption: String?

    /// True while the Lab's predictions share their buffer with `start` and a long vector's first
    /// nudge would copy them all; the first tick gives them their own (see `tick`).
    var sharesPredictions = false

    /// The Lab on `lab`, which `R` also resets to.
    public init(lab: LabState) {
        self.lab = lab
        start = lab
        sharesPredictions = lab.data.count > Recomputation.sliceElements
    }

    /// The Lab on a lesson's preset, its caption shown, coming back to `origin`; nil if the preset's
    /// lists are no valid input.
    init?(preset: LabPreset, origin: Page) {
        guard let input = try? LossInput(x: preset.x, xhat: preset.xhat, losses: preset.losses, logits: preset.logits) else { return nil }
        var lab = LabState(input: input, losses: preset.losses, convention: preset.convention, reduction: preset.reduction,
                           logits: preset.logits)
        lab.shape = preset.shape
        if let rate = preset.learningRate { lab.descent = Descent(rate: rate) }
        self.init(lab: lab)
        self.origin = origin
        caption = preset.caption
    }

    /// Whether the Lab was opened from the presenter, which shows its losses in big digits above it.
    var presenting: Bool {
        if case .presenter = origin { return true }
        return false
    }

    /// The Lab's layout in `body`, below the caption (and the big read-out, when presenting).
    func layout(_ body: Rect, ascii: Bool) -> LabLayout {
        let top = captionLines(width: body.width, ascii: ascii).count + (presenting ? readout(body, ascii: ascii).height + 1 : 0)
        return lab.layout(in: body.splitTop(top).rest, notation: ascii ? .ascii : .unicode)
    }

    /// The losses in big digits for a room, "?" until step mode reveals the result.
    func readout(_ body: Rect, ascii: Bool) -> BigReadout {
        let shown = lab.revealed.map { $0 >= lab.stepCount - 1 } ?? true
        return BigReadout(losses: lab.losses, values: lab.losses.map { shown ? lab.data.value($0) : nil },
                          notation: ascii ? .ascii : .unicode, width: body.width - 2)
    }

    /// The caption word-wrapped to the body's width, less a margin.
    func captionLines(width: Int, ascii: Bool) -> [String] {
        guard let caption else { return [] }
        return TextWrap.lines("Task: " + (ascii ? ASCIIText.transliterate(caption) : caption), width: width - 2)
    }
}

extension LabScreen: Component {
    enum Action: Sendable, Equatable {
        /// A key for the field being edited.
        case field
        case command(LabState.Command)
        /// Back to the preset (or the example) the Lab was opened on.
        case reset
        /// Back to where the Lab was opened from.
        case back
    }

    var capturesText: Bool { lab.focus != .table }

    /// The keys of a field being edited (every other key is typed into it).
    static let fieldBindings: [KeyBinding<Action>] = [
        KeyBinding([.enter, .escape], KeyHelp("Enter Esc", "done", help: "(while editing) stop editing", priority: 9), .field),
        KeyBinding([.tab, .backTab], KeyHelp("Tab", "next field", help: "(while editing) edit the other list; Shift-Tab: back", priority: 8), .field),
        KeyBinding([.ctrl("u")], KeyHelp("Ctrl-U", "clear", help: "(while editing) clear the field", priority: 7), .field),
    ]

    /// The keys in force, and those of the fields too, since help cannot be opened while typing.
    func keyHelp(_ context: ScreenContext) -> [KeyHelp] {
        (bindings(context) + (capturesText ? [] : Self.fieldBindings)).map(\.shown)
    }

    func bindings(_ context: ScreenContext) -> [KeyBinding<Action>] {
        guard lab.focus == .table else { return Self.fieldBindings }
        let back = origin.backTitle
        return lab.commandBindings().map { KeyBinding($0.keys, $0.shown, .command($0.action)) } + [
            KeyBinding([.char("R")], KeyHelp("R", origin == .contents ? "reset" : "reset to the preset",
                                             help: "put back the lists and settings the Lab opened with", priority: 3), .reset),
            KeyBinding([.char("t"), .escape], KeyHelp("t", back, help: "t or Esc: " + back, priority: 8), .back),
        ]
    }

    mutating func perform(_ action: Action, key: Key, _ context: ScreenContext) -> [Effect] {
        let rows = layout(context.body, ascii: context.ascii).tableRows
        switch action {
        case .field: _ = lab.handle(key, tableRows: rows)
        case let .command(command): lab.perform(command, key: key, tableRows: max(1, rows))
        case .reset:
            lab = start
            sharesPredictions = lab.data.count > Recomputation.sliceElements
        case .back: return [.open(origin)]
        }
        return []
    }

    mutating func handleUnbound(_ key: Key, _ context: ScreenContext) -> Outcome {
        guard capturesText else { return .ignored }
        return Outcome(handled: lab.handle(key, tableRows: layout(context.body, ascii: context.ascii).tableRows))
    }

    var tickInterval: Duration? {
        lab.isRecomputing || sharesPredictions ? Recomputation.tickInterval : lab.isPlaying ? Descent.tickInterval : nil
    }

    var ticksContinuously: Bool { lab.isRecomputing }

    /// Copies a long vector's predictions once the Lab is on screen, so no nudge waits for that copy;
    /// then a slice of the recomputation under way, else a step of gradient descent while it plays.
    mutating func tick(_ context: ScreenContext) -> Outcome {
        if sharesPredictions {
            lab.data.ownPredictions()
            sharesPredictions = false
            return .handled
        }
        if lab.isRecomputing {
            lab.advanceRecomputation()
            return .handled
        }
        guard lab.isPlaying else { return .ignored }
        lab.tickDescent()
        return .handled
    }

    func title(_ context: ScreenContext) -> String { "Lab" }

    func status(_ context: ScreenContext) -> String? {
        var parts = [lab.losses.map(\.shortName).joined(separator: " + ")]
        if lab.conventionApplies { parts.append(lab.convention.title) }
        parts.append(lab.reduction.rawValue)
        if lab.precision != .float64 { parts.append(lab.precision.rawValue) }
        if lab.logits { parts.append("logits") }
        parts.append("\(context.options.notation.eta) = \(NumberFormat.plain(lab.learningRate))" + (lab.losses.count > 1 ? " (\(lab.driver.shortName))" : ""))
        return parts.joined(separator: "  ")
    }

    func render(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext) {
        let caption = captionLines(width: rect.width, ascii: context.ascii)
        for (row, line) in caption.enumerated() {
            screen.put(line, in: rect, row: row, column: 1, role: .emphasis)
        }
        if presenting {
            let readout = readout(rect, ascii: context.ascii)
            readout.draw(into: &screen, x: rect.x + 2, y: rect.y + caption.count, rows: readout.height, ascii: context.ascii)
        }
        lab.render(into: &screen, layout: layout(rect, ascii: context.ascii), notation: context.options.notation,
                   canvas: context.options.canvas, colour: context.options.colour)
    }
}
