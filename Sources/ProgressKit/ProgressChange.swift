/// One change worth saving, small enough to apply to the progress on disk as it is now, so two
/// instances at once each keep the other's changes (see `ProgressStore.update`).
public enum ProgressChange: Sendable, Equatable {
    /// The reading position in a lesson; the lesson becomes the one to continue.
    case position(lesson: String, ContentAnchor)
    /// A lesson was read to its end.
    case readToEnd(lesson: String)
    /// A question's record, keyed by `QuestionProgress.key(prompt:)`.
    case question(lesson: String, key: String, QuestionProgress)
    /// The Lab's values.
    case lab(LabValues)
    /// One practice skill's record.
    case practice(skill: String, PracticeStatistics.SkillRecord)

    /// Applies the change to `progress`.
    public func apply(to progress: inout CourseProgress) {
        switch self {
        case let .position(lesson, anchor):
            progress[lesson: lesson].position = anchor
            progress.lastLesson = lesson
        case let .readToEnd(lesson):
            progress[lesson: lesson].readToEnd = true
        case let .question(lesson, key, record):
            progress[lesson: lesson].questions[key] = record
        case let .lab(values):
            progress.lab = values
        case let .practice(skill, record):
            progress.practice.skills[skill] = record
        }
    }
}
