import Foundation

extension EmbeddedLessonsSource {
    /// The lesson files of `folder` (every `.md` but `README.md`), in name order, with their text.
    static func lessons(in folder: URL) throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
            .map { (name: $0, text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }
}
