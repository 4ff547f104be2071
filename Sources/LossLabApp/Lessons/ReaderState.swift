import LessonKit
import LossKit

/// The lesson reader: which lesson, how far scrolled, the chosen widget and the answers given.
public struct ReaderState: Sendable, Equatable {
    /// A question's last answer: as typed, whether it was right, and what the checker said of it.
    public struct Answer: Sendable, Equatable {
        public var typed: String
        public var isRight: Bool
        /// The mistake named (or a note) for a wrong answer, if the checker had something to say.
        public var feedback: Feedback?

        /// The answer `typed` as judged, or nil when the text was no answer at all.
        public init?(typed: String, verdict: Question.Verdict) {
            self.typed = typed
            switch verdict {
            case .right: (isRight, feedback) = (true, nil)
            case let .wrong(feedback): (isRight, self.feedback) = (false, feedback)
            case .unreadable: return nil
            }
        }
    }

    /// The lesson shown, 0-based.
    public var lesson: Int
    /// The first document row shown.
    public var scroll = 0
    /// The directive (index into `lesson.directives`) that Enter acts on, if any.
    public var focusedWidget: Int?
    /// The answer being typed into the focused question, if any.
    public var answerField: TextField?
    /// Why the text typed into the answer field is not an answer yet (it cost no try).
    public var answerNotice: String?
    /// The last answer per question (directive index).
    public var answers: [Int: Answer] = [:]

    public init(lesson: Int) {
        self.lesson = lesson
    }
}
