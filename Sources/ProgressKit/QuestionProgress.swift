/// What happened to one question: the tries it took, the hints asked for, and how it ended.
public struct QuestionProgress: Sendable, Equatable, Codable {
    /// Answers checked (text that was no answer is not a try).
    public var tries: Int
    /// The highest hint tier shown (0 for none).
    public var hintsUsed: Int
    /// Whether the answer was shown on request.
    public var answerShown: Bool
    /// Whether a try was right.
    public var answeredRight: Bool
    /// The last answer checked, as typed, so a question shows it again when the lesson is reopened.
    public var lastAnswer: String?

    public init(tries: Int = 0, hintsUsed: Int = 0, answerShown: Bool = false, answeredRight: Bool = false, lastAnswer: String? = nil) {
        self.tries = tries
        self.hintsUsed = hintsUsed
        self.answerShown = answerShown
        self.answeredRight = answeredRight
        self.lastAnswer = lastAnswer
    }

    /// The key a question is stored under: a hash of its prompt, so it survives questions moving.
    public static func key(prompt: String) -> String { "q-" + ContentAnchor.hash(prompt) }
}
