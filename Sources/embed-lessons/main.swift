import Foundation

// `swift run embed-lessons`: copies Lessons/*.md into Sources/LessonKit/BundledLessons+Texts.swift,
// the lessons built into losslab. It needs nothing but Foundation, so it builds even while the
// generated file is broken.

/// The package's top folder, found from this file's path (Sources/embed-lessons/main.swift).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let generatedPath = "Sources/LessonKit/BundledLessons+Texts.swift"

guard CommandLine.arguments.count == 1 else {
    FileHandle.standardError.write(Data("usage: swift run embed-lessons\nCopies Lessons/*.md into \(generatedPath).\n".utf8))
    exit(2)
}

do {
    let files = try EmbeddedLessonsSource.lessons(in: root.appendingPathComponent("Lessons"))
    let source = EmbeddedLessonsSource.source(for: files)
    let generated = root.appendingPathComponent(generatedPath)
    if (try? String(contentsOf: generated, encoding: .utf8)) == source {
        print("embed-lessons: \(generatedPath) already holds the \(files.count) lessons of Lessons/")
    } else {
        try source.write(to: generated, atomically: true, encoding: .utf8)
        print("embed-lessons: wrote the \(files.count) lessons of Lessons/ to \(generatedPath)")
    }
} catch {
    FileHandle.standardError.write(Data("embed-lessons: \(error.localizedDescription)\n".utf8))
    exit(1)
}
