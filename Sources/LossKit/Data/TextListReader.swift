/// Reads a text list of numbers chunk by chunk, line by line, so an error can name its line.
///
/// Numbers are separated by spaces, commas, semicolons or new lines; `#` starts a comment that runs
/// to the end of the line, and a line may end with its separator. A plain line (ASCII numbers and
/// separators) is read straight from the bytes by `DecimalParser`; any other line (brackets, the
/// minus sign −, a word, a mistake) goes through `NumberList`, so it reads, or fails, exactly as a
/// typed list does.
struct TextListReader {
    let path: String
    private(set) var values: [Double] = []
    /// Lines read so far.
    private(set) var line = 0

    init(path: String) {
        self.path = path
    }

    /// Reads the complete lines in `bytes`.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(DataFileError) {
        var start = 0
        if line == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }   // a UTF-8 byte-order mark
        while start < bytes.count {
            line += 1
            let before = values.count
            if let end = readPlainLine(bytes, from: start) {
                start = end + 1
                continue
            }
            values.removeSubrange(before...)
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            try readAnyLine(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            start = end + 1
        }
        if values.count > DataFile.maximumCount {
            throw DataFileError(path: path, line: line, message: "more than \(DataFile.maximumCount) numbers; \(DataFile.sizeBound)")
        }
    }

    /// Makes room for the numbers of a file of `size` bytes, judged from the `sample` bytes read so far,
    /// so a long list is not copied each time it outgrows its memory.
    mutating func reserve(forFileOf size: Int, afterReading sample: Int) {
        guard sample > 0, values.count > 0 else { return }
        let estimate = Double(values.count) * Double(size) / Double(sample) * 1.02
        values.reserveCapacity(Int(min(estimate, Double(DataFile.maximumCount))))
    }

    /// Reads a line of ASCII numbers and separators from `start` on, straight from the bytes, and
    /// returns where it ends (its new line, or the end of the bytes); nil for any other line, whose
    /// numbers the caller removes.
    private mutating func readPlainLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        var expectValue = true
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") { return i }
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") { i += 1; continue }
            if b == UInt8(ascii: "#") {
                while i < bytes.count && bytes[i] != UInt8(ascii: "\n") { i += 1 }
                return i
            }
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") {
                if expectValue { return nil }   // a separator first or twice: NumberList says which value is missing
                expectValue = true
                i += 1
                continue
            }
            guard let (value, next) = DecimalParser.parse(bytes, from: i), value.isFinite,
                  next == bytes.count || Self.endsNumber(bytes[next])
            else { return nil }
            values.append(value)
            expectValue = false
            i = next
        }
        return i
    }

    /// Whether `byte` may follow a number on a plain line: a space, a separator or a comment.
    private static func endsNumber(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: "#"): true
        default: false
        }
    }

    /// Reads any line as `NumberList` reads a typed list, after dropping its comment and trailing separators.
    private mutating func readAnyLine(_ bytes: UnsafeBufferPointer<UInt8>) throws(DataFileError) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DataFileError(path: path, line: line, message: "the line is not text (not valid UTF-8)")
        }
        var content = text.prefix { $0 != "#" }
        while let last = content.last, last == "," || last == ";" || last.isWhitespace { content = content.dropLast() }
        if content.allSatisfy(\.isWhitespace) { return }
        do {
            values += try NumberList.parse(String(content))
        } catch {
            var moved = error
            moved.value += error.value > 0 ? values.count : 0
            throw DataFileError(path: path, line: line, column: error.column, message: moved.description)
        }
    }
}
