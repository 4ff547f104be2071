/// The lessons of `Lessons/` as built into the binary, so it works from any folder.
///
/// The texts live in `BundledLessons+Texts.swift`, which is generated: run `swift run embed-lessons`
/// after editing a lesson. A test fails while the two differ.
public enum BundledLessons {
    /// The built-in lesson files, in name order, named as if they sat in `Lessons/`.
    public static var files: [LessonFile] {
        texts.map { LessonFile(name: $0.name, path: "Lessons/" + $0.name, bytes: Array($0.text.utf8)) }
    }

    /// One line of the table of contents, known without parsing any lesson.
    public struct ContentsEntry: Sendable, Equatable {
        public var fileName: String
        public var title: String
        /// How many questions the lesson asks.
        public var questions: Int

        /// The file name without `.md`, as `Lesson.slug` gives it once parsed.
        public var slug: String { fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName }
    }
}
