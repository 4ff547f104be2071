#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LossKit

/// Writes text files and folders with the C library, failing with a message that names the option.
enum TextFile {
    /// Writes `text` to `path`, replacing the file.
    static func write(_ text: String, to path: String, option: String) throws {
        guard let file = fopen(path, "wb") else {
            throw CommandFailure("\(option): cannot write \(path.replacingControlCharacters()) (\(FileBytes.lastSystemError()))")
        }
        let bytes = Array(text.utf8)
        let written = fwrite(bytes, 1, bytes.count, file)
        guard fclose(file) == 0, written == bytes.count else {
            throw CommandFailure("\(option): writing \(path.replacingControlCharacters()) failed (\(FileBytes.lastSystemError()))")
        }
    }

    /// Makes the folder unless it exists.
    static func makeFolder(_ path: String, option: String) throws {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return }
        guard mkdir(path, 0o755) == 0 else {
            throw CommandFailure("\(option): cannot make the folder \(path.replacingControlCharacters()) (\(FileBytes.lastSystemError()))")
        }
    }

    /// Values as a `#` comment line and then one line per image row, numbers in full.
    static func rows(_ values: [Double], shape: ImageShape, comment: String) -> String {
        var lines = ["# " + comment]
        for r in 0..<shape.rows {
            lines.append(values[(r * shape.columns)..<((r + 1) * shape.columns)].map(number).joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A whole number without its ".0", anything else in full.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : NumberFormat.full(value)
    }
}
