/// Reads one column of numbers from a CSV or TSV file, chunk by chunk, naming the line of any mistake.
///
/// Fields are separated by the delimiter; a field in double quotes may hold the delimiter and `""`
/// for a quote, but not a line break (numeric tables never need one). A first row with a field that
/// is not a number is the header, whose names pick columns; without a header columns are numbered
/// from 1. Blank lines are skipped; every other row must have as many fields as the first.
///
/// Why not a CSV library: the two on the allowed package list, yaslab/CSV.swift 2.5.2 and SwiftCSV
/// 0.10.0, make a `String` of every field (SwiftCSV after reading the whole file into one string),
/// and say that a row is malformed without saying where. This reader parses the numbers of one
/// column straight from the bytes of a chunk, so 10⁷ rows cost no allocation each, the Lab can read a
/// file in slices, and every mistake is named by file, line and column.
struct CSVReader {
    let path: String
    let delimiter: UInt8
    /// The column asked for, as typed after the colon; nil takes the only column.
    let wanted: String?
    private(set) var values: [Double] = []
    private var line = 0
    /// The 0-based column read, and its name for messages, once the first row has said which.
    private var column: Int?
    private var columnName = ""
    private var fieldCount = 0
    private var firstLine = 0
    /// The fields of the current line (byte ranges, quotes included), reused from line to line.
    private var fields: [Range<Int>] = []

    init(path: String, delimiter: UInt8, wanted: String?) {
        self.path = path
        self.delimiter = delimiter
        self.wanted = wanted
    }

    /// Reads the complete lines in `bytes`.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(DataFileError) {
        var start = 0
        if line == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }   // a UTF-8 byte-order mark
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            line += 1
            var contentEnd = end
            if contentEnd > start && bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            try readLine(bytes, start, contentEnd)
            start = end + 1
        }
        if values.count > DataFile.maximumCount {
            throw DataFileError(path: path, line: line, message: "more than \(DataFile.maximumCount) numbers; \(DataFile.sizeBound)")
        }
    }

    /// The values read, or an error when the file had no rows of numbers.
    func finished() throws(DataFileError) -> [Double] {
        guard !values.isEmpty else { throw DataFileError(path: path, message: "the file holds no rows of numbers") }
        return values
    }

    private mutating func readLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) throws(DataFileError) {
        if (start..<end).allSatisfy({ bytes[$0] == UInt8(ascii: " ") || bytes[$0] == UInt8(ascii: "\t") && delimiter != UInt8(ascii: "\t") }) {
            return
        }
        try split(bytes, start, end)
        guard let column else {
            try chooseColumn(bytes, lineStart: start)
            return
        }
        guard fields.count == fieldCount else {
            throw DataFileError(path: path, line: line, message:
                "the row has \(fields.count) field\(fields.count == 1 ? "" : "s") but line \(firstLine) has \(fieldCount)")
        }
        values.append(try number(bytes, fields[column], lineStart: start))
    }

    /// Splits a line into fields, honouring double quotes.
    private mutating func split(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) throws(DataFileError) {
        fields.removeAll(keepingCapacity: true)
        var fieldStart = start
        var quoted = false
        var i = start
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if b == delimiter && !quoted {
                fields.append(fieldStart..<i)
                fieldStart = i + 1
            }
            i += 1
        }
        guard !quoted else {
            throw DataFileError(path: path, line: line, message: "a quoted field is not closed on its line (line breaks inside fields are not read)")
        }
        fields.append(fieldStart..<end)
    }

    /// Takes the first row: the header if any field is not a number (then it names the columns), else data.
    private mutating func chooseColumn(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int) throws(DataFileError) {
        fieldCount = fields.count
        firstLine = line
        let texts = fields.map { Self.text(bytes, $0) }
        let isHeader = texts.contains { NumberList.number($0) == nil }
        let names = isHeader ? texts : (1...fields.count).map(String.init)
        let listed = names.prefix(12).map { "\"\($0.replacingControlCharacters())\"" }.joined(separator: ", ")
            + (names.count > 12 ? ", …" : "")
        let chosen: Int
        if let wanted {
            if let byName = names.firstIndex(of: wanted.trimmingSpacesString) {
                chosen = byName
            } else if let number = Int(wanted.trimmingSpacesString), (1...fields.count).contains(number) {
                chosen = number - 1
            } else {
                throw DataFileError(path: path, line: line, message: "there is no column \"\(wanted.replacingControlCharacters())\": "
                    + "the columns are \(listed)" + (isHeader ? ", or numbers 1 to \(fields.count)" : ""))
            }
        } else {
            guard fields.count == 1 else {
                throw DataFileError(path: path, message: "the file has \(fields.count) columns (\(listed)); "
                    + "choose one with @\(path):NAME or @\(path):NUMBER")
            }
            chosen = 0
        }
        column = chosen
        columnName = isHeader ? "column \"\(names[chosen].replacingControlCharacters())\"" : "column \(chosen + 1)"
        if !isHeader { values.append(try number(bytes, fields[chosen], lineStart: lineStart)) }
    }

    /// The number in one field, or an error naming the line, the column and the text.
    private func number(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>, lineStart: Int) throws(DataFileError) -> Double {
        var lo = field.lowerBound
        var hi = field.upperBound
        while lo < hi && bytes[lo] == UInt8(ascii: " ") { lo += 1 }
        while hi > lo && bytes[hi - 1] == UInt8(ascii: " ") { hi -= 1 }
        if let (value, end) = DecimalParser.parse(UnsafeBufferPointer(rebasing: bytes[..<hi]), from: lo), end == hi, value.isFinite {
            return value
        }
        let text = Self.text(bytes, field)
        let place = "\(columnName) (\"\(text.replacingControlCharacters())\")"
        guard !text.isEmpty else { throw DataFileError(path: path, line: line, column: lo - lineStart + 1, message: "the value in \(columnName) is missing") }
        switch NumberList.number(text) {
        case let .some(value) where value.isFinite: return value
        case .some: throw DataFileError(path: path, line: line, column: lo - lineStart + 1, message: "\(place) is not a finite number")
        case .none: throw DataFileError(path: path, line: line, column: lo - lineStart + 1, message: "\(place) is not a number")
        }
    }

    /// A field's text: spaces around it and its quotes removed, `""` read as `"`.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> String {
        var text = Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self)).trimmingSpaces
        if text.count >= 2 && text.first == "\"" && text.last == "\"" {
            text = Substring(text.dropFirst().dropLast().replacing("\"\"", with: "\"")).trimmingSpaces
        }
        return String(text)
    }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmingSpacesString: String { String(Substring(self).trimmingSpaces) }
}
