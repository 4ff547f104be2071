import CellGrid
import LessonKit

/// What a component may read of the app around it: how to draw, the lessons and their progress,
/// and the area it owns.
struct ScreenContext {
    var options: AppOptions
    var lessons: [Lesson]
    var catalog: [LessonSummary]
    var progress: [LessonProgress]
    /// The area between the title bar and the key bar.
    var body: Rect

    var ascii: Bool { options.ascii }
}
