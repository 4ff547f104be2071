/// The lesson reader: which lesson, how far scrolled, the chosen widget and the answers given.
public struct ReaderState: Sendable, Equatable {
    /// A question's last answer.
    public struct Answer: Sendable, Equatable {
        public var typed: String
        public var isRight: Bool
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
