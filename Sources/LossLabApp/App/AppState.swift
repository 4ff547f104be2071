import CellGrid
import LessonKit
import LossKit

/// The whole app's state: which page is open, the Lab, the size of the screen, how it draws.
public struct AppState: Sendable, Equatable {
    public var page: Page
    /// Whether the help page covers the current page.
    public var showsHelp = false
    public var width: Int
    public var height: Int
    public var options: AppOptions
    public var lab: LabState
    /// The highlighted entry of the contents.
    public var contentsCursor = 0
    /// The lessons, in order (possibly provided after the first frame, see `provideLessons`).
    public private(set) var lessons: [Lesson]
    /// Each lesson's title and question count, for the contents page.
    public private(set) var catalog: [LessonSummary]
    /// Each lesson's progress in this run.
    public internal(set) var progress: [LessonProgress]
    /// The lesson reader, once a lesson has been opened.
    public internal(set) var reader: ReaderState?
    /// Where `t` and Esc lead from the Lab: the contents, or the lesson that opened it.
    public internal(set) var labOrigin: Page = .contents

    /// The app at `width` × `height` with `lessons`, opening on `page`.
    public init(width: Int, height: Int, options: AppOptions = AppOptions(), lessons: [Lesson] = [],
                page: Page = .contents, lab: LabState = .example) {
        self.width = width
        self.height = height
        self.options = options
        self.lessons = lessons
        catalog = lessons.map { LessonSummary(title: $0.title, questions: $0.questions.count) }
        progress = Array(repeating: .notStarted, count: lessons.count)
        self.page = page
        self.lab = lab
    }

    /// The app with only the lessons' catalog, so the first frame needs no parsing; call `provideLessons` next.
    public init(width: Int, height: Int, options: AppOptions = AppOptions(), catalog: [LessonSummary],
                page: Page = .contents, lab: LabState = .example) {
        self.init(width: width, height: height, options: options, lessons: [], page: page, lab: lab)
        self.catalog = catalog
        progress = Array(repeating: .notStarted, count: catalog.count)
    }

    /// Supplies the parsed lessons that the catalog announced.
    public mutating func provideLessons(_ lessons: [Lesson]) {
        self.lessons = lessons
        catalog = lessons.map { LessonSummary(title: $0.title, questions: $0.questions.count) }
        if progress.count != lessons.count { progress = Array(repeating: .notStarted, count: lessons.count) }
    }

    /// The smallest screen the app draws on; below it, a message asks for more room.
    public static let minimumWidth = 60
    public static let minimumHeight = 18

    /// How often the open screen wants a `.tick` event, or nil when nothing on it moves by itself.
    public var tickInterval: Duration? { nil }

    /// Whether the screen is big enough to draw the pages.
    public var fits: Bool { width >= Self.minimumWidth && height >= Self.minimumHeight }

    /// The area between the title bar and the key bar.
    public var body: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }

    /// The Lab's layout at the current size.
    public var labLayout: LabLayout { lab.layout(in: body, notation: options.notation) }
}
