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
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            line += 1
            if !readPlainLine(bytes, start, end) { try readAnyLine(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
            start = end + 1
        }
        if values.count > DataFile.maximumCount {
            throw DataFileError(path: path, line: line, message: "more than \(DataFile.maximumCount) numbers; \(DataFile.sizeBound)")
        }
    }

    /// Reads a line of ASCII numbers and separators from the bytes; false (nothing added) for any other line.
    private mutating func readPlainLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let before = values.count
        var i = start
        var expectValue = true
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") { i += 1; continue }
            if b == UInt8(ascii: "#") { break }
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") {
                if expectValue { break }   // a separator first or twice: NumberList says which value is missing
                expectValue = true
                i += 1
                continue
            }
            guard let (value, next) = DecimalParser.parse(UnsafeBufferPointer(rebasing: bytes[..<end]), from: i), value.isFinite,
                  next == end || Self.endsNumber(bytes[next])
            else { break }
            values.append(value)
            expectValue = false
            i = next
        }
        guard i >= end || bytes[i] == UInt8(ascii: "#") else {
            values.removeSubrange(before...)
            return false
        }
        return true
    }

    /// Whether `byte` may follow a number on a plain line: a space, a separator or a comment.
    private static func endsNumber(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "#"): true
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
