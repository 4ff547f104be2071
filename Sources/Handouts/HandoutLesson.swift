import LessonKit

/// One lesson of a handout, with its number and the labels of its questions.
public struct HandoutLesson: Sendable {
    /// The lesson's number in its library, 1 for the first.
    public var number: Int
    public var lesson: Lesson

    public init(number: Int, lesson: Lesson) {
        self.number = number
        self.lesson = lesson
    }

    /// "Question 5.2" for the second question of lesson 5, by directive index.
    func label(ofDirective index: Int) -> String? {
        guard let k = lesson.questions.firstIndex(where: { $0.index == index }) else { return nil }
        return "\(number).\(k + 1)"
    }

    /// The speaker notes written from top-level block `k` up to the next one (the notes before the
    /// first block go with it).
    func notes(afterBlock k: Int) -> [SpeakerNote] {
        let blocks = lesson.blocks
        let start = k == 0 ? 0 : blocks[k].line
        let end = k + 1 < blocks.count ? blocks[k + 1].line : Int.max
        return SpeakerNote.within(start..<end, of: lesson.notes)
    }
}
