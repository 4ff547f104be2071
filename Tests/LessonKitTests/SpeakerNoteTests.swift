import Testing
@testable import LessonKit

/// `<!-- notes: … -->` and `<!-- pause -->` in lessons: read into the model, kept out of the blocks, linted.
@Suite struct SpeakerNoteTests {
    static func parse(_ body: String) -> (Lesson?, [String]) {
        let (lesson, diagnostics) = LessonParser.parse(fileName: "01-x.md", bytes: Array(("# T\n\n" + body).utf8))
        return (lesson, diagnostics.map(\.description))
    }

    @Test func notesAreReadWithTheirLineAndNeverBecomeBlocks() throws {
        let (lesson, problems) = Self.parse("""
            First paragraph.

            <!-- notes: Ask the room
                 what they expect. -->

            - one

              <!-- pause -->
            - two
            """)
        #expect(problems.isEmpty)
        let l = try #require(lesson)
        #expect(l.notes == [SpeakerNote(text: "Ask the room what they expect.", line: 5)])
        #expect(l.pauses == [10])
        #expect(l.blocks.count == 2)
        #expect(!LessonLayout(width: 60).lines(l).map(\.plainText).joined().contains("Ask"))
    }

    @Test(arguments: [
        ("Text.\n\n<!-- notes:   -->\n", "01-x.md:5: empty speaker notes: write what to say after \"notes:\", or remove the comment"),
        ("Text.\n\n<!-- note: say hi -->\n", "01-x.md:5: speaker notes are written <!-- notes: … -->"),
        ("Text.\n\n<!-- notes: never closed\n\nMore.\n",
         "01-x.md:5: this comment is never closed with -->, so the rest of the lesson is hidden; close it"),
    ])
    func badNotesAreReported(body: String, message: String) {
        #expect(Self.parse(body).1 == [message])
    }

    @Test func theBundledLessonsCarrySpeakerNotes() {
        let notes = LessonLibrary.bundled.lessons.flatMap(\.notes)
        #expect(notes.count >= 3)
        #expect(notes.allSatisfy { !$0.text.isEmpty && !$0.text.contains("-->") })
    }
}

extension SpeakerNoteTests {
    @Test(arguments: ["One.\n\n<!-- pause -->\n\nTwo.\n", "One <!-- pause --> two.\n"])
    func aPauseOutsideAListOrQuoteIsReported(body: String) {
        #expect(Self.parse(body).1 == ["01-x.md:\(body.hasPrefix("One.") ? 5 : 3): <!-- pause --> splits only a list or a quote "
            + "(each other block is revealed on its own): put it on a line of its own inside a list item or quote"])
    }
}
