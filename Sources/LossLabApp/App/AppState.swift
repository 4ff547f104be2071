import CellGrid
import LessonKit
import LossKit

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
    /// Each lesson's progress in this run.
    public internal(set) var progress: [LessonProgress]
    /// The reader of each lesson opened in this run, by lesson index: answers and place are kept
    /// when the student leaves a lesson and comes back.
    public internal(set) var readers: [Int: ReaderState] = [:]

    /// The app at `width` × `height` with `lessons`, opening on `page`.
    public init(width: Int, height: Int, options: AppOptions = AppOptions(), lessons: [Lesson] = [],
                page: Page = .contents, lab: LabState = .example) {
        self.width = width
        self.height = height
        self.options = options
        self.lessons = lessons
        catalog = lessons.map { LessonSummary(title: $0.title, questions: $0.questions.count) }
        progress = Array(repeating: .notStarted, count: lessons.count)
        self.page = .contents
        labScreen = LabScreen(lab: lab)
        open(page)
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
        case .train: return trainScreen?.tickInterval
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
        ScreenContext(options: options, lessons: lessons, catalog: catalog, progress: progress, body: body)
    }
}
