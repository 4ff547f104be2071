import CellGrid
import LessonKit
import LossKit

/// The Lab as a screen: the calculator, where `t` and Esc lead back to, and what it was opened on.
public struct LabScreen: Sendable, Equatable {
    public var lab: LabState
    /// Where `t` and Esc lead: the contents, or the lesson that opened it.
    public var origin: Page = .contents
    /// The Lab as it was opened (a lesson's preset or the example): what `R` goes back to.
    public var start: LabState
    /// The task of the preset the Lab was opened on, shown above the Lab.
    public var caption: String?

    /// The Lab on `lab`, which `R` also resets to.
    public init(lab: LabState) {
        self.lab = lab
        start = lab
    }

    /// The Lab on a lesson's preset, its caption shown, coming back to `origin`; nil if the preset's
    /// lists are no valid input.
    init?(preset: LabPreset, origin: Page) {
        guard let input = try? LossInput(x: preset.x, xhat: preset.xhat, losses: preset.losses) else { return nil }
        var lab = LabState(input: input, losses: preset.losses, convention: preset.convention, reduction: preset.reduction)
        lab.shape = preset.shape
        self.init(lab: lab)
        self.origin = origin
        caption = preset.caption
    }

    /// The Lab's layout in `body`, below the caption.
    func layout(_ body: Rect, ascii: Bool) -> LabLayout {
        let labBody = body.splitTop(captionLines(width: body.width, ascii: ascii).count).rest
        return lab.layout(in: labBody, notation: ascii ? .ascii : .unicode)
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
        let back: String
        if case let .lesson(k) = origin { back = "back to lesson \(k + 1)" } else { back = "contents" }
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
        case .reset: lab = start
        case .back: return [.open(origin)]
        }
        return []
    }

    mutating func handleUnbound(_ key: Key, _ context: ScreenContext) -> Outcome {
        guard capturesText else { return .ignored }
        return Outcome(handled: lab.handle(key, tableRows: layout(context.body, ascii: context.ascii).tableRows))
    }

    func title(_ context: ScreenContext) -> String { "Lab" }

    func status(_ context: ScreenContext) -> String? {
        var parts = [lab.losses.map(\.shortName).joined(separator: " + ")]
        if lab.conventionApplies { parts.append(lab.convention.title) }
        parts.append(lab.reduction.rawValue)
        if lab.precision != .float64 { parts.append(lab.precision.rawValue) }
        if lab.logits { parts.append("logits") }
        return parts.joined(separator: "  ")
    }

    func render(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext) {
        for (row, line) in captionLines(width: rect.width, ascii: context.ascii).enumerated() {
            screen.put(line, in: rect, row: row, column: 1, role: .emphasis)
        }
        lab.render(into: &screen, layout: layout(rect, ascii: context.ascii), notation: context.options.notation,
                   canvas: context.options.canvas, colour: context.options.colour)
    }
}
