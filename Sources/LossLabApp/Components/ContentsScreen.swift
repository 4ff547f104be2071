import CellGrid
import LessonKit

/// The contents page: a list of entries (the lessons, then the Lab) and a highlighted one.
public struct ContentsScreen: Sendable, Equatable {
    /// One line of the contents.
    public enum Entry: Sendable, Equatable {
        case lesson(Int)
        case lab
        case train

        /// The screen the entry opens.
        var page: Page {
            switch self {
            case let .lesson(k): .lesson(k)
            case .lab: .lab
            case .train: .train
            }
        }

        /// Whether the entry is a lesson (the Lab and the Train screen follow the lessons after a gap).
        var isLesson: Bool {
            if case .lesson = self { return true }
            return false
        }
    }

    /// The highlighted entry, an index into `entries`.
    public var cursor = 0

    /// The entries for `lessons` lessons, in order.
    static func entries(lessons: Int) -> [Entry] { (0..<lessons).map(Entry.lesson) + [.lab, .train] }

    /// Highlights the entry that opens `page`, if there is one.
    mutating func highlight(_ page: Page, lessons: Int) {
        if let k = Self.entries(lessons: lessons).firstIndex(where: { $0.page == page }) { cursor = k }
    }
}

extension ContentsScreen: Component {
    enum Action: Sendable, Equatable { case move, first, last, open, openLab, openTrain }

    func bindings(_ context: ScreenContext) -> [KeyBinding<Action>] {
        [
            KeyBinding(Key.upDown, KeyHelp("↑↓ j k", ascii: "Up/Down j k", "move", help: "highlight the entry above or below", priority: 8), .move),
            KeyBinding([.home], KeyHelp("Home", "first entry", inBar: false), .first),
            KeyBinding([.end], KeyHelp("End", "last entry", inBar: false), .last),
            KeyBinding([.enter, .right], KeyHelp("Enter", "open", help: "open the highlighted entry", priority: 9), .open),
            KeyBinding([.char("l")], KeyHelp("l", "open the Lab", priority: 6), .openLab),
            KeyBinding([.char("w")], KeyHelp("w", "train", help: "open the Train screen: watch an autoencoder learn", priority: 6), .openTrain),
        ]
    }

    mutating func perform(_ action: Action, key: Key, _ context: ScreenContext) -> [Effect] {
        let entries = Self.entries(lessons: context.catalog.count)
        switch action {
        case .move: cursor = min(max(0, cursor + key.step), entries.count - 1)
        case .first: cursor = 0
        case .last: cursor = entries.count - 1
        case .open: return [.open(entries[min(cursor, entries.count - 1)].page)]
        case .openLab: return [.open(.lab)]
        case .openTrain: return [.open(.train)]
        }
        return []
    }

    func title(_ context: ScreenContext) -> String { "Contents" }

    func render(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext) {
        let ascii = context.ascii
        screen.put("Lessons", in: rect, row: 1, column: 2, role: .heading)
        let entries = Self.entries(lessons: context.catalog.count)
        // The heading, the gap before the Lab and the legend take six rows.
        let rows = max(1, rect.height - 6)
        let first = min(max(0, cursor - rows + 1), max(0, entries.count - rows))
        for (row, k) in (first..<min(entries.count, first + rows)).enumerated() {
            let entry = entries[k]
            let selected = k == cursor
            let y = rect.y + 3 + row + (entry.isLesson ? 0 : 1)
            if selected { screen.fill(Rect(x: rect.x + 2, y: y, width: rect.width - 4, height: 1), role: .selected) }
            let (mark, text, markRole) = line(entry, context)
            let x = screen.put(mark, x: rect.x + 3, y: y, role: selected ? .selected : markRole)
            screen.put(text, x: max(x + 1, rect.x + 7), y: y, role: selected ? .selected : .normal, limit: rect.width - 9)
        }
        let marks = [LessonProgress.notStarted, .inProgress, .done].map { $0.mark(ascii: ascii) }
        screen.put("\(marks[0]) not started   \(marks[1]) in progress   \(marks[2]) done", in: rect, row: rect.height - 2, column: 3, role: .dim)
    }

    /// An entry's mark, text and the mark's role.
    private func line(_ entry: Entry, _ context: ScreenContext) -> (String, String, StyleRole) {
        switch entry {
        case let .lesson(k):
            let lesson = context.catalog[k]
            let title = context.ascii ? ASCIIText.transliterate(lesson.title) : lesson.title
            let count = lesson.questions > 0 ? "  (\(lesson.questions) question\(lesson.questions == 1 ? "" : "s"))" : ""
            let progress = context.progress.indices.contains(k) ? context.progress[k] : .notStarted
            return (progress.mark(ascii: context.ascii), "\(k + 1). \(title)\(count)", progress == .done ? .success : .strong)
        case .lab:
            return (context.ascii ? " * " : "★", "The Lab: type x and \(context.options.notation.xhat), watch MSE and BCE computed step by step", .strong)
        case .train:
            return (context.ascii ? " * " : "★", "Train: watch an autoencoder learn; race MSE vs BCE", .strong)
        }
    }
}
