import LessonKit
import ProgressKit

/// Where a learner stands in one lesson, from the saved progress: how far read, the questions
/// answered right, and whether it is done (read to the end and every question answered right).
public struct LessonStanding: Sendable, Equatable {
    /// How far the learner read, 0 to 100: the saved position among the lesson's blocks (100 once read to the end).
    public var readPercent: Int
    public var readToEnd: Bool
    public var questionsRight: Int
    public var questions: Int
    /// Tries and hints over the lesson's questions.
    public var tries: Int
    public var hintsUsed: Int
    public var done: Bool
    /// Whether the lesson was ever opened (a position, a question or the end recorded).
    public var started: Bool

    /// The standing in `lesson` given its saved `record`.
    public init(lesson: Lesson, record: ProgressKit.LessonProgress) {
        let keys = lesson.questions.map { QuestionProgress.key(prompt: $0.question.prompt) }
        // The blocks' places (every block's plain text) are gathered only when there is a position to find:
        // the contents page asks every lesson's standing on every frame.
        let reached = record.position?.locate(in: lesson.places.map { ($0.heading, $0.text) })
            .map { ($0 + 1) * 100 / max(lesson.blocks.count, 1) } ?? 0
        let counted = keys.compactMap { record.questions[$0] }
        readPercent = record.readToEnd ? 100 : reached
        readToEnd = record.readToEnd
        questionsRight = record.answeredRight(of: keys)
        questions = keys.count
        tries = counted.reduce(0) { $0 + $1.tries }
        hintsUsed = counted.reduce(0) { $0 + $1.hintsUsed }
        done = record.isDone(questionKeys: keys)
        started = record.position != nil || record.readToEnd || !counted.isEmpty
    }

    /// The contents page's mark for it.
    public var status: LessonStatus { done ? .done : started ? .inProgress : .notStarted }
}
