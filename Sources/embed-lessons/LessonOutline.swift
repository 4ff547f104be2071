/// What a table of contents needs from a lesson, its title and question count, read from the
/// Markdown lines without parsing the lesson.
///
/// The title is the text of the first `# ` heading and the questions are the blocks fenced as
/// ```` ```question ````, outside other fenced blocks. A test checks that this agrees with the
/// lesson parser for every built-in lesson.
struct LessonOutline {
    var title: String?
    var questions = 0

    /// The outline of the lesson `markdown`.
    init(markdown: String) {
        /// The opening fence (three or more ` or ~) of the fenced block the scan is in, if any.
        var fence: Substring?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.drop { $0 == " " }
            let run = text.prefix { $0 == text.first && ($0 == "`" || $0 == "~") }
            if let open = fence {
                if run.count >= open.count && run.first == open.first && text.dropFirst(run.count).allSatisfy(\.isWhitespace) {
                    fence = nil
                }
            } else if run.count >= 3 {
                fence = run
                if text.dropFirst(run.count).split(separator: " ").first == "question" { questions += 1 }
            } else if title == nil && text.hasPrefix("# ") {
                title = Self.headingText(text.dropFirst(2))
            }
        }
    }

    /// An ATX heading's text without its surrounding spaces and optional closing `#`s.
    static func headingText(_ text: Substring) -> String {
        var text = text.drop { $0 == " " }
        while text.last == " " { text = text.dropLast() }
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0 && (closing == text.count || text.dropLast(closing).last == " ") {
            text = text.dropLast(closing)
            while text.last == " " { text = text.dropLast() }
        }
        return String(text)
    }
}
