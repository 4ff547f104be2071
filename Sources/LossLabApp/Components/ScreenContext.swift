import CellGrid
import LessonKit
import ProgressKit

/// What a component may read of the app around it: how to draw, the lessons and the saved progress,
/// the time, and the area it owns.
struct ScreenContext {
    var options: AppOptions
    var lessons: [Lesson]
    var catalog: [LessonSummary]
    /// The learner's progress as saved (and as changed in this run).
    var course: CourseProgress
    /// Seconds since 1970, from the app's clock.
    var now: Double
    /// Messages about the saved progress for the contents page.
    var notices: [String]
    /// The area between the title bar and the key bar.
    var body: Rect

    var ascii: Bool { options.ascii }
}

extension ScreenContext {
    /// Lesson `k`'s standing, once the lessons are parsed.
    func standing(_ k: Int) -> LessonStanding? {
        lessons.indices.contains(k) ? LessonStanding(lesson: lessons[k], record: course[lesson: lessons[k].slug]) : nil
    }

    /// Lesson `k`'s mark: from its standing once the lessons are parsed, else started or not.
    func status(_ k: Int) -> LessonStatus {
        standing(k)?.status ?? (course.lessons[catalog[k].slug] == nil ? .notStarted : .inProgress)
    }

    /// The lesson the contents page offers to continue: the one last read unless it is done, else the
    /// next one after it not done; nil for a new learner, or when it and all after it are done.
    var continueLesson: Int? {
        guard let last = course.lastLesson, let k = catalog.firstIndex(where: { $0.slug == last }) else { return nil }
        guard !lessons.isEmpty else { return k }
        return (k..<lessons.count).first { standing($0)?.done == false }
    }
}
