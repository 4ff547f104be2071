/// How far a learner got in one lesson: where they were, whether they read to the end, and each question.
public struct LessonProgress: Sendable, Equatable, Codable {
    /// Where the learner was reading, as a content anchor that survives a resize or an edited lesson.
    public var position: ContentAnchor?
    /// Whether the learner reached the end of the lesson at least once.
    public var readToEnd: Bool
    /// Per question, keyed by `QuestionProgress.key(prompt:)`.
    public var questions: [String: QuestionProgress]

    public init(position: ContentAnchor? = nil, readToEnd: Bool = false, questions: [String: QuestionProgress] = [:]) {
        self.position = position
        self.readToEnd = readToEnd
        self.questions = questions
    }

    /// How many of the questions whose keys are `keys` were answered right.
    public func answeredRight(of keys: [String]) -> Int {
        keys.filter { questions[$0]?.answeredRight == true }.count
    }

    /// Done: read to the end, and every one of the questions whose keys are `keys` answered right.
    public func isDone(questionKeys keys: [String]) -> Bool {
        readToEnd && answeredRight(of: keys) == keys.count
    }

    /// The hints used over all questions.
    public var hintsUsed: Int { questions.values.reduce(0) { $0 + $1.hintsUsed } }
    /// The tries over all questions.
    public var tries: Int { questions.values.reduce(0) { $0 + $1.tries } }
}
