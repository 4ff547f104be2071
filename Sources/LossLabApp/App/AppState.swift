import CellGrid
import LessonKit
import LossKit
import ProgressKit

/// The whole app's state: which screen is open, each screen's own state, the size of the screen,
/// how it draws.
public struct AppState: Sendable, Equatable {
    /// The open screen; change it with `open(_:)`, which prepares the screen first.
    public internal(set) var page: Page
    /// The help page over the open screen, if shown.
    var help: HelpPage?
    public var width: Int
    public var height: Int
    public var options: AppOptions
    public var contents = ContentsScreen()
    public var labScreen: LabScreen
    /// The Train screen, made when it is first opened (its data are generated then).
    public internal(set) var trainScreen: TrainScreen?
    /// The lessons, in order (possibly provided after the first frame, see `provideLessons`).
    public private(set) var lessons: [Lesson]
    /// Each lesson's title and question count, for the contents page.
    public private(set) var catalog: [LessonSummary]
    /// The learner's progress: as loaded at the start, with every change of this run applied.
    public internal(set) var course: CourseProgress
    /// Changes to `course` not yet handed out as `.save` effects (see `takeUnsaved`).
    var unsaved: [ProgressChange] = []
    /// Messages for the contents page, such as a progress file set aside; cleared once another page opens.
    public var notices: [String]
    /// Seconds since 1970: the clock the event loop sets before each event (tests set it themselves).
    public var now: Double = 0
    /// The Practice screen, once opened (its problems go on where they were left).
    public internal(set) var practice: PracticeScreen?
    /// The seed of the Practice screen's problems.
    public var practiceSeed: UInt64 = 0
    /// The reader of each lesson opened in this run, by lesson index: answers and place are kept
    /// when the student leaves a lesson and comes back.
    public internal(set) var readers: [Int: ReaderState] = [:]
    /// The presenter, while a lesson is presented.
    public internal(set) var presenter: PresenterScreen?

    /// The app at `width` × `height` with `lessons` and the saved `course` (with `notices` about it),
    /// opening on `page`; the Lab opens on `lab`, else on the saved values, else on the example;
    /// Practice serves the problems of `practiceSeed`.
    public init(width: Int, height: Int, options: AppOptions = AppOptions(), lessons: [Lesson] = [],
                course: CourseProgress = CourseProgress(), notices: [String] = [], page: Page = .contents, lab: LabState? = nil,
                practiceSeed: UInt64 = 0) {
        self.practiceSeed = practiceSeed
        self.width = width
        self.height = height
        self.options = options
        self.lessons = lessons
        self.course = course
        self.notices = notices
        catalog = lessons.map(LessonSummary.init)
        self.page = .contents
        labScreen = LabScreen(lab: lab ?? course.lab.flatMap(LabState.init(saved:)) ?? .example)
        open(page)
        if page == .contents && continueLesson != nil { contents.cursor = 0 }
    }

    /// The app with only the lessons' catalog, so the first frame needs no parsing; call `provideLessons` next.
    public init(width: Int, height: Int, options: AppOptions = AppOptions(), catalog: [LessonSummary],
                course: CourseProgress = CourseProgress(), notices: [String] = [], page: Page = .contents, lab: LabState? = nil,
                practiceSeed: UInt64 = 0) {
        self.init(width: width, height: height, options: options, lessons: [], course: course, notices: notices, page: page, lab: lab,
                  practiceSeed: practiceSeed)
        self.catalog = catalog
        if page == .contents && continueLesson != nil { contents.cursor = 0 }
    }

    /// Supplies the parsed lessons that the catalog announced.
    public mutating func provideLessons(_ lessons: [Lesson]) {
        self.lessons = lessons
        catalog = lessons.map(LessonSummary.init)
    }

    /// Each lesson's mark on the contents page, from the saved progress.
    public var progress: [LessonStatus] {
        let context = context
        return catalog.indices.map(context.status)
    }

    /// The lesson the contents page offers to continue (see `ScreenContext.continueLesson`).
    public var continueLesson: Int? { context.continueLesson }

    /// The smallest screen the app draws on; below it, a message asks for more room.
    public static let minimumWidth = 60
    public static let minimumHeight = 18

    /// The Lab's numbers and settings.
    public var lab: LabState {
        get { labScreen.lab }
        set { labScreen.lab = newValue }
    }

    /// The open lesson's reader, if a lesson is open.
    public var reader: ReaderState? {
        guard case let .lesson(k) = page else { return nil }
        return readers[k]
    }

    /// Whether the help page covers the open screen.
    public var showsHelp: Bool { help != nil }

    /// The highlighted entry of the contents.
    public var contentsCursor: Int { contents.cursor }

    /// How often the open screen wants a `.tick` event, or nil when nothing on it moves by itself.
    public var tickInterval: Duration? {
        guard fits, help == nil else { return nil }
        switch page {
        case .contents: return contents.tickInterval
        case .lesson: return reader?.tickInterval
        case .lab: return labScreen.tickInterval
        case .practice: return practice?.tickInterval
        case .presenter: return presenter?.tickInterval
        case .train: return trainScreen?.tickInterval
        }
    }

    /// Whether ticks should come back to back while the open screen works (the frames stay capped).
    public var ticksContinuously: Bool { tickInterval != nil && openScreen.ticksContinuously }

    /// Whether the screen is drawn in the high-contrast theme: while presenting (the Lab opened from
    /// the presenter too), for a projector.
    public var highContrast: Bool {
        switch page {
        case .presenter: true
        case .lab: labScreen.presenting
        case .train: trainScreen?.presenting ?? false
        default: false
        }
    }

    /// Whether the screen is big enough to draw the pages.
    public var fits: Bool { width >= Self.minimumWidth && height >= Self.minimumHeight }

    /// The area between the title bar and the key bar.
    public var body: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }

    /// The Lab's layout at the current size.
    public var labLayout: LabLayout { labScreen.layout(body, ascii: options.ascii) }

    /// What the components may read of the app.
    var context: ScreenContext {
        ScreenContext(options: options, lessons: lessons, catalog: catalog, course: course, now: now, notices: notices, body: body)
    }
}
