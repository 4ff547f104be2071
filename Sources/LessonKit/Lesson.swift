/// One lesson: its title, the points it covers, its blocks and its interactive parts.
public struct Lesson: Sendable, Equatable {
    /// The file name, such as `03-mse.md`.
    public var fileName: String
    /// The text of the level-1 heading.
    public var title: String
    /// The line of the level-1 heading.
    public var titleLine: Int
    /// The coverage tags, in source order.
    public var coverage: [CoverageMark]
    /// The blocks after the title, in order.
    public var blocks: [Block]
    /// The interactive parts, in source order; `Block.Kind.directive(index:)` points into this list.
    public var directives: [Directive]
    /// The speaker notes, in source order; never part of `blocks`.
    public var notes: [SpeakerNote]
    /// The lines of `<!-- pause -->` markers, which split a list or quote for the presenter's reveal.
    public var pauses: [Int]

    public init(fileName: String, title: String, titleLine: Int = 1, coverage: [CoverageMark], blocks: [Block],
                directives: [Directive], notes: [SpeakerNote] = [], pauses: [Int] = []) {
        self.fileName = fileName
        self.title = title
        self.titleLine = titleLine
        self.coverage = coverage
        self.blocks = blocks
        self.directives = directives
        self.notes = notes
        self.pauses = pauses
    }

    /// The distinct points this lesson covers, in order S1…S23, B1…B6.
    public var coveredPoints: [CoveragePoint] { Array(Set(coverage.map(\.point))).sorted() }

    /// The file name without its `.md` extension, such as `03-mse`.
    public var slug: String { fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName }

    /// The questions among the directives, with their indices.
    public var questions: [(index: Int, question: Question)] {
        directives.enumerated().compactMap { k, d in
            if case let .question(q) = d.kind { (k, q) } else { nil }
        }
    }
}
