import LessonKit

/// What the contents page shows of a lesson: its slug (the key of its saved progress), its title
/// and how many questions it asks.
public struct LessonSummary: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var questions: Int

    public init(slug: String, title: String, questions: Int) {
        self.slug = slug
        self.title = title
        self.questions = questions
    }

    /// The summary of a parsed lesson.
    public init(_ lesson: Lesson) {
        self.init(slug: lesson.slug, title: lesson.title, questions: lesson.questions.count)
    }
}
