/// Everything LossLab remembers about one learner, as saved in the state file: per lesson, the Lab's
/// last values and the practice statistics.
///
/// The file is versioned: `version` says which shape it has. A file from a newer LossLab is refused
/// rather than read in part and written back without what this one does not know.
public struct CourseProgress: Sendable, Equatable, Codable {
    /// The shape this LossLab reads and writes.
    public static let currentVersion = 1

    public var version: Int
    /// Per lesson, keyed by the lesson's slug (its file name without `.md`, such as `02-mean-squared-error`).
    public var lessons: [String: LessonProgress]
    /// The values last used in the Lab, if it was opened.
    public var lab: LabValues?
    public var practice: PracticeStatistics
    /// The slug of the lesson last read, which the contents page offers to continue.
    public var lastLesson: String?

    public init(lessons: [String: LessonProgress] = [:], lab: LabValues? = nil, practice: PracticeStatistics = PracticeStatistics(),
                lastLesson: String? = nil) {
        self.version = Self.currentVersion
        self.lastLesson = lastLesson
        self.lessons = lessons
        self.lab = lab
        self.practice = practice
    }

    /// The progress of lesson `slug`, empty if it was never opened.
    public subscript(lesson slug: String) -> LessonProgress {
        get { lessons[slug] ?? LessonProgress() }
        set { lessons[slug] = newValue }
    }
}
