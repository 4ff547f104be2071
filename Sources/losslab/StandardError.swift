import LossKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard error, unbuffered, with control characters escaped so input quoted in a message
/// never reaches the terminal raw.
enum StandardError {
    /// Writes `text` and (unless `newline` is false, for a prompt) a line break; line breaks inside stay.
    static func print(_ text: String, newline: Bool = true) {
        var bytes = Array((text.replacingControlCharacters(keepingLineBreaks: true) + (newline ? "\n" : "")).utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}
