#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LossKit

/// Reads the lesson files of a folder: every `.md` file but `README.md`, ordered by name.
public enum LessonFolder {
    /// The largest lesson file read, in bytes; a lesson is a few kilobytes.
    public static let maximumFileSize = 1 << 20

    /// Why a folder or file could not be read.
    public typealias ReadError = FileBytes.ReadError

    /// The lesson files in `folder`, sorted by name, and a problem for each that could not be read.
    public static func read(_ folder: String) throws(ReadError) -> (files: [LessonFile], problems: [Diagnostic]) {
        guard let dir = opendir(folder) else {
            throw ReadError(path: folder, reason: "cannot open the folder (\(FileBytes.lastSystemError()))")
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.lowercased().hasSuffix(".md") && name.lowercased() != "readme.md" { names.append(name) }
        }
        var files: [LessonFile] = []
        var problems: [Diagnostic] = []
        for name in names.sorted() {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let shownName = name.replacingControlCharacters()
            let shownPath = path.replacingControlCharacters()
            switch FileBytes.read(path, limit: maximumFileSize, tooLarge: "the file is larger than 1 MiB; a lesson should be a few kilobytes") {
            case let .success(bytes): files.append(LessonFile(name: shownName, path: shownPath, bytes: bytes))
            case let .failure(error): problems.append(Diagnostic(file: shownPath, line: 0, message: error.reason))
            }
        }
        return (files, problems)
    }
}
