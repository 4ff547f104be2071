/// What the contents page shows of a lesson: its title and how many questions it asks.
public struct LessonSummary: Sendable, Equatable {
    public var title: String
    public var questions: Int

    public init(title: String, questions: Int) {
        self.title = title
        self.questions = questions
    }
}
