#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with the C library, so reading data and lessons needs no Foundation.
public enum FileBytes {
    /// Why a file could not be read: the path (with control characters escaped, safe to print) and the reason in words.
    public struct ReadError: Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path.replacingControlCharacters()
            self.reason = reason
        }
    }

    /// The bytes of the regular file at `path`, refusing files larger than `limit` bytes.
    public static func read(_ path: String, limit: Int, tooLarge: String) -> Result<[UInt8], ReadError> {
        func failure(_ reason: String) -> Result<[UInt8], ReadError> {
            .failure(ReadError(path: path, reason: reason))
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return failure("cannot read the file (\(lastSystemError()))") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return failure("not a regular file") }
        guard Int(info.st_size) <= limit else { return failure(tooLarge) }
        guard let file = fopen(path, "rb") else { return failure("cannot read the file (\(lastSystemError()))") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while bytes.count <= limit {
            let n = fread(&buffer, 1, buffer.count, file)
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        if ferror(file) != 0 { return failure("reading the file failed") }
        return .success(Array(bytes.prefix(limit)))
    }

    /// The C library's description of the last error, such as "No such file or directory".
    public static func lastSystemError() -> String {
        String(cString: strerror(errno))
    }
}
