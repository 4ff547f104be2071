import LessonKit

/// A printable handout of one or more lessons: their text with every inline number computed, charts,
/// questions with room to answer, and an answer key at the end.
///
/// Pure: `render` returns the document; writing it anywhere is the caller's business.
public struct Handout: Sendable {
    /// The kinds of document a handout can be.
    public enum Format: String, Sendable, CaseIterable {
        case markdown
        case html
        case text
    }

    /// The lessons, each with its number in the library (1 is the first).
    public var lessons: [HandoutLesson]
    /// Whether the answer key adds each question's explanation, hints and worked step.
    public var answers: Bool
    /// Whether the teacher's speaker notes are printed where they stand in each lesson.
    public var notes: Bool

    public init(lessons: [HandoutLesson], answers: Bool = false, notes: Bool = false) {
        self.lessons = lessons
        self.answers = answers
        self.notes = notes
    }

    /// The handout as a document in `format`.
    public func render(_ format: Format) -> String {
        switch format {
        case .markdown: MarkdownHandout(handout: self).document()
        case .html: HTMLHandout(handout: self).document()
        case .text: TextHandout(handout: self).document()
        }
    }

    /// The document's title: the lesson's own for one lesson, else a count.
    var title: String {
        lessons.count == 1 ? "\(lessons[0].number). \(lessons[0].lesson.title)" : "LossLab: \(lessons.count) lessons"
    }

    /// The answer key's entries, in the order the questions appear.
    var key: [AnswerKeyEntry] { lessons.flatMap { AnswerKeyEntry.entries(of: $0, detailed: answers) } }
}
