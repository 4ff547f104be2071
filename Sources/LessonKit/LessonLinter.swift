/// Checks a set of lesson files and reports every problem at once, as `file:line: message`.
///
/// Beyond what parsing finds (broken directives, wrong answers, control characters, invalid UTF-8),
/// it checks file names, repeated numbers and titles, that each lesson tags what it covers and
/// asks at least one question, and, when asked, that every coverage point is taught somewhere.
public struct LessonLinter: Sendable {
    /// Whether a point that no lesson covers is a problem (true for the bundled lessons).
    public var requireFullCoverage: Bool

    public init(requireFullCoverage: Bool = true) {
        self.requireFullCoverage = requireFullCoverage
    }

    /// Every problem in `files`, which came from `folder` (named in problems about the whole set).
    public func check(_ files: [LessonFile], folder: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var lessons: [(file: LessonFile, lesson: Lesson)] = []
        for file in files {
            if !file.isWellNamed {
                diagnostics.append(Diagnostic(file: file.path, line: 0, message:
                    "the name must look like NN-slug.md: two digits, a dash, then lower-case letters, digits and dashes"))
            }
            var (lesson, problems) = LessonParser.parse(fileName: file.name, bytes: file.bytes, path: file.path)
            if let lesson {
                if lesson.coverage.isEmpty {
                    problems.append(Diagnostic(file: file.path, line: lesson.titleLine, message:
                        "the lesson tags no coverage point; add a comment such as <!-- covers: S6, S7 -->"))
                }
                if lesson.questions.isEmpty {
                    problems.append(Diagnostic(file: file.path, line: lesson.titleLine, message:
                        "the lesson has no working question; add a ```question block to check understanding"))
                }
                lessons.append((file, lesson))
            }
            diagnostics += problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
                .map(\.element)
        }
        diagnostics += duplicates(lessons)
        if files.isEmpty {
            diagnostics.append(Diagnostic(file: folder, line: 0, message: "no lesson files (NN-slug.md) in this folder"))
        } else if requireFullCoverage {
            let covered = Set(lessons.flatMap { $0.lesson.coverage.map(\.point) })
            for point in CoveragePoint.all where !covered.contains(point) {
                diagnostics.append(Diagnostic(file: folder, line: 0, message:
                    "coverage point \(point) is taught by no lesson; tag the section that teaches it with <!-- covers: \(point) -->"))
            }
        }
        return diagnostics
    }

    /// Lessons that share a number or a title with an earlier one.
    private func duplicates(_ lessons: [(file: LessonFile, lesson: Lesson)]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var numbers: [Int: String] = [:]
        var titles: [String: String] = [:]
        for (file, lesson) in lessons {
            if let n = file.number {
                if let other = numbers[n] {
                    diagnostics.append(Diagnostic(file: file.path, line: 0, message:
                        "lesson number \(file.name.prefix(2)) is also used by \(other); give each lesson its own number"))
                } else {
                    numbers[n] = file.name
                }
            }
            let key = lesson.title.lowercased()
            if let other = titles[key] {
                diagnostics.append(Diagnostic(file: file.path, line: lesson.titleLine, message:
                    "the title \"\(lesson.title)\" is also used by \(other)"))
            } else {
                titles[key] = file.name
            }
        }
        return diagnostics
    }
}
