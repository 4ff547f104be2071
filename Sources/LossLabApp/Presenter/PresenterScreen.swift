import LessonKit

/// The presenter: one lesson revealed block by block for a room, with big read-outs, a timer and
/// speaker notes, and no key bar.
public struct PresenterScreen: Sendable, Equatable {
    /// The lesson shown (an index into the library).
    public let lesson: Int
    let reveal: LessonReveal
    /// The step shown: everything up to it on its slide is revealed.
    public internal(set) var step = 0
    /// Whether the screen is blanked (`b`), so the room looks at the teacher.
    public internal(set) var blanked = false
    /// Whether the timer runs, and how long it has run.
    public internal(set) var timing = false
    public internal(set) var elapsed = Duration.zero
    /// The digits typed after `g`, while choosing a slide to jump to.
    public internal(set) var jump: String?
    /// Whether `q` was pressed and the presenter asks before quitting.
    public internal(set) var confirmingQuit = false

    public init(lesson: Int, of lessons: [Lesson]) {
        self.lesson = lesson
        reveal = LessonReveal(lessons[lesson])
    }

    /// The slide the current step belongs to.
    public var slide: Int { reveal.steps[step].slide }

    /// The newest block revealed on the current slide that `pick` takes (such as a lab's preset), if any.
    func newest<T>(_ lessons: [Lesson], _ pick: (Directive.Kind) -> T?) -> T? {
        let l = lessons[lesson]
        for block in reveal.blocks(at: step, of: l).reversed() {
            if case let .directive(index) = block.kind, let picked = pick(l.directives[index].kind) { return picked }
        }
        return nil
    }

    /// The text a second terminal shows for the current step: where the presenter is, then its notes.
    public func notesText(_ lessons: [Lesson]) -> String {
        let l = lessons[lesson]
        let notes = reveal.notes(at: step, of: l).map(\.text)
        let place = "Lesson \(lesson + 1): \(l.title) · slide \(slide + 1) of \(reveal.slideCount) · step \(step + 1) of \(reveal.steps.count)"
        return place + "\n\n" + (notes.isEmpty ? "(no notes for this step)" : notes.joined(separator: "\n\n")) + "\n"
    }
}
