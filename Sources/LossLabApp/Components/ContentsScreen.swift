import CellGrid
import LessonKit

/// The contents page: "Continue" when there is a lesson to go back to, the lessons with their marks
/// and questions right, Practice and the Lab, the course's bar, and any notice about saved progress.
public struct ContentsScreen: Sendable, Equatable {
    /// One line of the contents.
    public enum Entry: Sendable, Equatable {
        /// The lesson to continue, where it was left.
        case resume(Int)
        case lesson(Int)
        case practice
        case train
        case lab

        /// The screen the entry opens.
        var page: Page {
            switch self {
            case let .resume(k), let .lesson(k): .lesson(k)
            case .practice: .practice
            case .train: .train
            case .lab: .lab
            }
        }
    }

    /// The highlighted entry, an index into `entries`.
    public var cursor = 0

    /// The entries in order: Continue (if any), the lessons, Practice, the Lab, the Train screen.
    static func entries(_ context: ScreenContext) -> [Entry] {
        (context.continueLesson.map { [Entry.resume($0)] } ?? []) + context.catalog.indices.map(Entry.lesson) + [.practice, .lab, .train]
    }

    /// Highlights the entry (other than Continue) that opens `page`, if there is one.
    mutating func highlight(_ page: Page, _ context: ScreenContext) {
        let entries = Self.entries(context)
        if let k = entries.indices.first(where: { entries[$0].page == page && !entries[$0].isResume }) {
            cursor = k
        }
    }
}

extension ContentsScreen.Entry {
    var isResume: Bool { if case .resume = self { true } else { false } }
}

extension ContentsScreen: Component {
    enum Action: Sendable, Equatable { case move, first, last, open, openLab, openPractice, openTrain }

    func bindings(_ context: ScreenContext) -> [KeyBinding<Action>] {
        [
            KeyBinding(Key.upDown, KeyHelp("↑↓ j k", ascii: "Up/Down j k", "move", help: "highlight the entry above or below", priority: 8), .move),
            KeyBinding([.home], KeyHelp("Home", "first entry", inBar: false), .first),
            KeyBinding([.end], KeyHelp("End", "last entry", inBar: false), .last),
            KeyBinding([.enter, .right], KeyHelp("Enter", "open", help: "open the highlighted entry", priority: 9), .open),
            KeyBinding([.char("p")], KeyHelp("p", "practice", help: "practise with new problems", priority: 6), .openPractice),
            KeyBinding([.char("w")], KeyHelp("w", "train", help: "open the Train screen: watch an autoencoder learn", priority: 6), .openTrain),
            KeyBinding([.char("l")], KeyHelp("l", "open the Lab", priority: 6), .openLab),
        ]
    }

    mutating func perform(_ action: Action, key: Key, _ context: ScreenContext) -> [Effect] {
        let entries = Self.entries(context)
        switch action {
        case .move: cursor = min(max(0, cursor + key.step), entries.count - 1)
        case .first: cursor = 0
        case .last: cursor = entries.count - 1
        case .open: return [.open(entries[min(cursor, entries.count - 1)].page)]
        case .openLab: return [.open(.lab)]
        case .openPractice: return [.open(.practice)]
        case .openTrain: return [.open(.train)]
        }
        return []
    }

    func title(_ context: ScreenContext) -> String { "Contents" }

    func render(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext) {
        let ascii = context.ascii
        var top = rect.y
        for notice in context.notices {
            for line in TextWrap.lines(ascii ? ASCIIText.transliterate(notice) : notice, width: rect.width - 4) where top < rect.maxY - 6 {
                screen.put(line, x: rect.x + 2, y: top, role: .error)
                top += 1
            }
        }
        screen.put("Lessons", x: rect.x + 2, y: top + 1, role: .heading)
        let entries = Self.entries(context)
        // Lines of the list: a blank after Continue and before Practice.
        var lines: [Int?] = []
        for (k, entry) in entries.enumerated() {
            if entry == .practice || (k > 0 && entries[k - 1].isResume) { lines.append(nil) }
            lines.append(k)
        }
        let rows = max(1, rect.maxY - 5 - (top + 3))
        let cursorLine = lines.firstIndex(of: cursor) ?? 0
        let first = min(max(0, cursorLine - rows + 1), max(0, lines.count - rows))
        for (row, line) in lines[first..<min(lines.count, first + rows)].enumerated() {
            guard let k = line else { continue }
            let selected = k == cursor
            let y = top + 3 + row
            if selected { screen.fill(Rect(x: rect.x + 2, y: y, width: rect.width - 4, height: 1), role: .selected) }
            let (mark, text, markRole) = self.line(entries[k], context)
            let x = screen.put(mark, x: rect.x + 3, y: y, role: selected ? .selected : markRole)
            // An entry too long for a narrow screen ends in "…" rather than stopping mid-word.
            let start = max(x + 1, rect.x + 7)
            screen.put(TextWrap.shortened(text, width: rect.maxX - 2 - start, ellipsis: ascii ? "..." : "…"), x: start, y: y,
                       role: selected ? .selected : .normal)
        }
        let marks = [LessonStatus.notStarted, .inProgress, .done].map { $0.mark(ascii: ascii) }
        let legend = TextWrap.lines("\(marks[0]) not started  \(marks[1]) in progress  \(marks[2]) done: read to the end, every question right",
                                    width: rect.width - 5)
        for (k, line) in legend.enumerated() { screen.put(line, x: rect.x + 3, y: rect.maxY - 1 - legend.count + k, role: .dim) }
        renderCourse(into: &screen, y: rect.maxY - 2 - legend.count, rect: rect, context)
    }

    /// The course's bar: lessons done of all, once the lessons are parsed.
    private func renderCourse(into screen: inout CellBuffer, y: Int, rect: Rect, _ context: ScreenContext) {
        guard !context.lessons.isEmpty else { return }
        let done = context.lessons.indices.filter { context.standing($0)?.done == true }.count
        let total = context.lessons.count
        let width = 20
        let filled = done * width / total
        let bar = String(repeating: context.ascii ? "#" : "█", count: filled) + String(repeating: context.ascii ? "." : "░", count: width - filled)
        let x = screen.put("Course: \(done) of \(total) lessons done  ", x: rect.x + 3, y: y, role: .strong)
        screen.put("\(bar) \(done * 100 / total)%", x: x, y: y, role: .success, limit: rect.maxX - x - 1)
    }

    /// An entry's mark, text and the mark's role.
    private func line(_ entry: Entry, _ context: ScreenContext) -> (String, String, StyleRole) {
        let ascii = context.ascii
        switch entry {
        case let .resume(k):
            let percent = context.standing(k).map { " (\($0.readPercent)%)" } ?? ""
            return (ascii ? ">" : "▶", "Continue: \(k + 1). \(title(k, context))\(percent)", .highlight)
        case let .lesson(k):
            let summary = context.catalog[k]
            let standing = context.standing(k)
            let status = context.status(k)
            let questions: String
            if let standing, standing.questions > 0 {
                let allRight = standing.questionsRight == standing.questions
                questions = "  " + (allRight ? "\(ascii ? "ok" : "✓") " : "") + "\(standing.questionsRight)/\(standing.questions)" + (allRight ? "" : " right")
            } else {
                questions = summary.questions > 0 ? "  (\(summary.questions) question\(summary.questions == 1 ? "" : "s"))" : ""
            }
            return (status.mark(ascii: ascii), "\(k + 1). \(title(k, context))\(questions)", status == .done ? .success : .strong)
        case .practice:
            return (ascii ? " + " : "✎", "Practice: new problems without end, mastery per skill", .strong)
        case .lab:
            return (ascii ? " * " : "★", "The Lab: type x and \(context.options.notation.xhat), watch MSE and BCE computed step by step", .strong)
        case .train:
            return (ascii ? " ~ " : "∿", "Train: watch an autoencoder learn; race MSE against BCE", .strong)
        }
    }

    private func title(_ k: Int, _ context: ScreenContext) -> String {
        context.ascii ? ASCIIText.transliterate(context.catalog[k].title) : context.catalog[k].title
    }
}
