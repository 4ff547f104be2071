/// A speaker note: `<!-- notes: … -->` in a lesson, for the teacher only.
///
/// Notes are kept apart from the lesson's blocks, so nothing that shows blocks to students can show
/// them by mistake; the presenter and `lessons export --notes` place them by their line.
public struct SpeakerNote: Sendable, Equatable {
    /// The note's text, its lines joined with spaces and trimmed.
    public var text: String
    /// The line where the comment opens.
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }

    /// The notes that belong to the part of a lesson spanning `lines`: written within it.
    public static func within(_ lines: Range<Int>, of notes: [SpeakerNote]) -> [SpeakerNote] {
        notes.filter { lines.contains($0.line) }
    }
}
