/// A file's bytes from an offset on, handed out in chunks that end at a line end (or the file's end),
/// so a line is never split between two chunks and a reader may stop between any two and go on later.
struct LineChunks: Sendable {
    /// Bytes read from the file and not handed out yet: an unfinished line carried to the front.
    /// Allocated on the first read, so a fresh value costs nothing.
    private var buffer: [UInt8] = []
    private var kept = 0
    /// Where the next read starts in the file.
    private(set) var position: Int
    private(set) var ended = false

    init(from offset: Int) {
        position = offset
    }

    /// Calls `body` with the next chunk of whole lines (or the file's last bytes); false, without
    /// calling it, once the file has ended.
    mutating func next(from file: DataFileHandle, _ body: (UnsafeBufferPointer<UInt8>) throws(DataFileError) -> Void)
        throws(DataFileError) -> Bool {
        while !ended {
            // The first read, or a line longer than the buffer: make it 1 MiB, or double it.
            if kept == buffer.count { buffer += [UInt8](repeating: 0, count: max(1 << 20, buffer.count)) }
            let (start, at) = (kept, position)
            // (`withUnsafe…` rethrows untyped errors, so a `Result` carries the typed one out.)
            let n = try buffer.withUnsafeMutableBytes { bytes in
                Result { () throws(DataFileError) in try file.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[start...]), at: at) }
            }.get()
            position += n
            let filled = kept + n
            let newline = n == 0 ? nil : buffer[kept..<filled].lastIndex(of: UInt8(ascii: "\n"))
            if n == 0 { ended = true }
            guard let end = n == 0 ? (filled > 0 ? filled - 1 : nil) : newline else {
                kept = filled
                continue
            }
            try buffer.withUnsafeBufferPointer { bytes in
                Result { () throws(DataFileError) in try body(UnsafeBufferPointer(rebasing: bytes[...end])) }
            }.get()
            kept = filled - end - 1
            if kept > 0 { buffer.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: $0.baseAddress! + end + 1, count: kept) } }
            return true
        }
        return false
    }
}
