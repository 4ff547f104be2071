#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output through a 64 KiB buffer, for documents written piece by piece (10⁷ table rows).
struct StandardOutput: TextOutputStream {
    private var buffer: [UInt8] = []

    init() {
        buffer.reserveCapacity(1 << 17)
    }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out what is buffered (after anything `print` left in the C library's buffer).
    mutating func flush() {
        fflush(nil)
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = writeToStandardOutput(bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return }   // standard output closed: nothing more can be shown
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The C library's `write` to descriptor 1 (a name of its own, since `StandardOutput.write` hides it).
private func writeToStandardOutput(_ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(1, bytes, count)
}
