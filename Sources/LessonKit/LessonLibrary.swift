/// An ordered set of lessons: the ones built into the binary, or those of a folder.
public struct LessonLibrary: Sendable {
    /// The lessons that could be read, in file-name order.
    public var lessons: [Lesson]
    /// Every problem met while reading them, as `file:line: message`.
    public var diagnostics: [Diagnostic]

    /// Parses `files` in the order given.
    public init(files: [LessonFile]) {
        var lessons: [Lesson] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let (lesson, problems) = LessonParser.parse(fileName: file.name, bytes: file.bytes, path: file.path)
            if let lesson { lessons.append(lesson) }
            diagnostics += problems
        }
        self.lessons = lessons
        self.diagnostics = diagnostics
    }

    /// The lessons built into the binary (a copy of the `Lessons/` folder).
    public static let bundled = LessonLibrary(files: BundledLessons.files)

    /// The lessons of `folder`, replacing the built-in ones.
    public static func load(folder: String) throws(LessonFolder.ReadError) -> LessonLibrary {
        let (files, problems) = try LessonFolder.read(folder)
        var library = LessonLibrary(files: files)
        library.diagnostics = problems + library.diagnostics
        return library
    }
}
