/// How a presenter reveals a lesson: slides, and the steps that uncover each slide one block at a time.
///
/// A slide is the title with what comes before the first section, or one section (a heading and the
/// blocks up to the next heading). Each step uncovers one more block: a paragraph, list, table,
/// formula, chart, lab or question; a heading comes with the block after it. A `<!-- pause -->` inside a
/// list or quote uncovers it in parts: the items up to the pause first. Pure and cheap to build.
public struct LessonReveal: Sendable, Equatable {
    /// One step: what a slide shows after it.
    public struct Step: Sendable, Equatable {
        /// The slide, 0 for the title slide.
        public var slide: Int
        /// The top-level blocks shown on the slide after this step.
        public var blocks: Range<Int>
        /// When the last of them is shown in part: how many of its items.
        public var items: Int?
        /// The first source line this step uncovers; the step's notes are written from here to the next step.
        public var line: Int
    }

    public let steps: [Step]
    /// The index of each slide's first step.
    public let slideStarts: [Int]

    public init(_ lesson: Lesson) {
        var steps: [Step] = []
        var starts: [Int] = []
        let blocks = lesson.blocks
        var slide = -1
        var first = 0
        var k = 0
        while k < blocks.count {
            if k == 0 || Self.isHeading(blocks[k]) {
                slide += 1
                first = k
                starts.append(steps.count)
            }
            // A heading comes with the block after it, unless another heading or the end follows.
            var last = k
            if Self.isHeading(blocks[k]), k + 1 < blocks.count, !Self.isHeading(blocks[k + 1]) { last = k + 1 }
            let next = last + 1 < blocks.count ? blocks[last + 1].line : Int.max
            let parts = Self.parts(of: blocks[last], before: next, pauses: lesson.pauses)
            let line = k == first && slide == 0 ? 0 : blocks[k].line
            var shown = 0
            for (p, items) in parts.enumerated() {
                steps.append(Step(slide: slide, blocks: first..<(last + 1), items: p == parts.count - 1 ? nil : items,
                                  line: p == 0 ? line : Self.itemLine(blocks[last], shown) ?? line))
                shown = items
            }
            k = last + 1
        }
        if steps.isEmpty {
            steps = [Step(slide: 0, blocks: 0..<0, items: nil, line: 0)]
            starts = [0]
        }
        self.steps = steps
        slideStarts = starts
    }

    public var slideCount: Int { slideStarts.count }

    /// The speaker notes written between step `index`'s first line and the next step's.
    public func notes(at index: Int, of lesson: Lesson) -> [SpeakerNote] {
        let end = index + 1 < steps.count ? steps[index + 1].line : Int.max
        return SpeakerNote.within(steps[index].line..<end, of: lesson.notes)
    }

    /// The blocks step `index` shows, the last one cut to its revealed items.
    public func blocks(at index: Int, of lesson: Lesson) -> [Block] {
        let step = steps[index]
        var shown = Array(lesson.blocks[step.blocks])
        guard let items = step.items, var last = shown.popLast() else { return shown }
        switch last.kind {
        case let .list(ordered, start, all): last.kind = .list(ordered: ordered, start: start, items: Array(all.prefix(items)))
        case let .quote(inner): last.kind = .quote(Array(inner.prefix(items)))
        default: break
        }
        return shown + [last]
    }

    private static func isHeading(_ block: Block) -> Bool {
        if case .heading = block.kind { return true }
        return false
    }

    /// The item counts a list or quote is revealed in: after each item (or inner block) holding a pause, then whole.
    private static func parts(of block: Block, before next: Int, pauses: [Int]) -> [Int] {
        let starts: [Int]
        switch block.kind {
        case let .list(_, _, items): starts = items.map { $0.first?.line ?? block.line }
        case let .quote(inner): starts = inner.map(\.line)
        default: return [0]
        }
        var parts: [Int] = []
        for (i, start) in starts.enumerated() where i + 1 < starts.count {
            if pauses.contains(where: { $0 >= start && $0 < starts[i + 1] }) { parts.append(i + 1) }
        }
        return parts + [starts.count]
    }

    /// The first line of item `index` of a list or quote.
    private static func itemLine(_ block: Block, _ index: Int) -> Int? {
        switch block.kind {
        case let .list(_, _, items): return items.indices.contains(index) ? items[index].first?.line : nil
        case let .quote(inner): return inner.indices.contains(index) ? inner[index].line : nil
        default: return nil
        }
    }
}
