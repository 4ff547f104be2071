import CellGrid
import LessonKit
import LossKit

/// Which interactive parts of a lesson the reader cannot show whole on a screen of a given size: a
/// chart, lab or question taller than the rows between the title bar and the key bar, counting a
/// question's longest feedback (the explanation after a right answer, or the hint after a wrong one).
///
/// For `losslab lessons check`, so a teacher learns before class that a part will not fit an 80×24 terminal.
public enum ReaderFit {
    /// One part that does not fit: the line of its block and what to do.
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var message: String
    }

    /// The parts of `lesson` taller than the reader's view at `width` × `height`.
    public static func problems(_ lesson: Lesson, width: Int = 80, height: Int = 24, notation: Notation = .unicode) -> [Problem] {
        let state = AppState(width: width, height: height, options: AppOptions(ascii: notation == .ascii), lessons: [lesson],
                             page: .lesson(0))
        let context = state.context
        let indices = lesson.directives.indices
        // The reader as it is first opened, and with every question answered right, then wrong.
        var right = ReaderState(lesson: 0)
        var wrong = ReaderState(lesson: 0)
        for k in indices {
            right.answers[k] = ReaderState.Answer(typed: lesson.directives[k].answerTyped, verdict: .right)
            wrong.answers[k] = ReaderState.Answer(typed: "0.12345", verdict: .wrong(nil))
        }
        let documents = [ReaderState(lesson: 0), right, wrong].map { $0.document(context) }
        let room = ReaderState(lesson: 0).viewHeight(context)
        let size = "\(width)\(notation == .ascii ? "x" : "×")\(height)"
        return indices.compactMap { k in
            let rows = documents.map { $0.height(ofWidget: k) }.max() ?? 0
            guard rows > room else { return nil }
            let directive = lesson.directives[k]
            let advice: String
            switch directive.kind {
            case .question: advice = "shorten its prompt, options, hint or explanation"
            case .chart: advice = "shorten its caption"
            case .lab: advice = "shorten its caption or its lists"
            case .train: advice = "shorten its caption"
            }
            return Problem(line: directive.line, message: "this \(directive.kindName) needs \(rows) rows at \(size) "
                + "(with its longest feedback), but the reader shows \(room); \(advice)")
        }
    }
}

private extension Directive {
    /// The directive's name in a message.
    var kindName: String {
        switch kind {
        case .lab: "lab"
        case .chart: "chart"
        case .question: "question"
        case .train: "train"
        }
    }

    /// What a student who answers right types.
    var answerTyped: String {
        guard case let .question(q) = kind else { return "" }
        return q.answerText()
    }
}
