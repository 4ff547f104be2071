#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the lesson files of a folder: every `.md` file but `README.md`, ordered by name.
public enum LessonFolder {
    /// The largest lesson file read, in bytes; a lesson is a few kilobytes.
    public static let maximumFileSize = 1 << 20

    /// Why a folder could not be read.
    public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The lesson files in `folder`, sorted by name, and a problem for each that could not be read.
    public static func read(_ folder: String) throws(ReadError) -> (files: [LessonFile], problems: [Diagnostic]) {
        guard let dir = opendir(folder) else {
            throw ReadError(path: folder.replacingControlCharacters(), reason: "cannot open the folder (\(systemError()))")
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
            switch readFile(path) {
            case let .success(bytes): files.append(LessonFile(name: shownName, path: shownPath, bytes: bytes))
            case let .failure(error): problems.append(Diagnostic(file: shownPath, line: 0, message: error.reason))
            }
        }
        return (files, problems)
    }

    /// The bytes of the regular file at `path`, at most `maximumFileSize` of them.
    static func readFile(_ path: String) -> Result<[UInt8], ReadError> {
        func failure(_ reason: String) -> Result<[UInt8], ReadError> {
            .failure(ReadError(path: path.replacingControlCharacters(), reason: reason))
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return failure("cannot read the file (\(systemError()))") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return failure("not a regular file") }
        guard Int(info.st_size) <= maximumFileSize else {
            return failure("the file is larger than 1 MiB; a lesson should be a few kilobytes")
        }
        guard let file = fopen(path, "rb") else { return failure("cannot read the file (\(systemError()))") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while bytes.count <= maximumFileSize {
            let n = fread(&buffer, 1, buffer.count, file)
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        if ferror(file) != 0 { return failure("reading the file failed") }
        return .success(Array(bytes.prefix(maximumFileSize)))
    }
}

/// The C library's description of the last error, such as "No such file or directory".
private func systemError() -> String {
    String(cString: strerror(errno))
}

extension String {
    /// The text with every control character (C0, DEL, C1) written as `?`, safe to print.
    func replacingControlCharacters() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { s in
            s.value < 0x20 || (0x7F...0x9F).contains(s.value) ? "?" : s
        }))
    }
}
