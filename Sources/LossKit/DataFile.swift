/// Reads a vector from a file: a list of numbers as text, or a PGM gray-scale image.
///
/// Text files hold numbers separated by spaces, commas, semicolons or new lines; `#` starts a
/// comment that runs to the end of the line. PGM images (`P2` plain or `P5` binary) are read row
/// by row as intensities divided by the image's maximum value, so they lie in [0, 1] and suit BCE.
public enum DataFile {
    /// The largest data file read: 64 MiB, room for several million numbers.
    public static let maximumSize = 64 << 20

    /// The numbers in the file at `path`, or an error naming the file, line and column at fault.
    public static func values(atPath path: String) throws(DataFileError) -> [Double] {
        try read(atPath: path).values
    }

    /// The numbers in the file at `path` and, for an image, its shape.
    public static func read(atPath path: String) throws(DataFileError) -> (values: [Double], shape: ImageShape?) {
        let bytes: [UInt8]
        switch FileBytes.read(path, limit: maximumSize, tooLarge: "the file is larger than 64 MiB") {
        case let .success(b): bytes = b
        case let .failure(error): throw DataFileError(path: error.path, line: 0, column: 0, message: error.reason)
        }
        return try decode(bytes, path: path)
    }

    /// The numbers in a data file's `bytes` and, for an image, its shape; errors name `path`.
    static func decode(_ bytes: [UInt8], path: String) throws(DataFileError) -> (values: [Double], shape: ImageShape?) {
        if bytes.starts(with: Array("P2".utf8)) || bytes.starts(with: Array("P5".utf8)) {
            let image = try PortableGrayMap(bytes: bytes, path: path)
            return (image.intensities, ImageShape(rows: image.height, columns: image.width))
        }
        return (try numbers(in: bytes, path: path), nil)
    }

    /// The numbers of a text file, line by line, so an error can name its line.
    static func numbers(in bytes: [UInt8], path: String) throws(DataFileError) -> [Double] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DataFileError(path: path, line: 0, column: 0, message: "not a text file (not valid UTF-8) and not a PGM image")
        }
        var values: [Double] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine.prefix { $0 != "#" }
            // A list broken over lines may end each line with its separator.
            while let last = line.last, last == "," || last == ";" || last.isWhitespace { line = line.dropLast() }
            if line.allSatisfy(\.isWhitespace) { continue }
            do {
                values += try NumberList.parse(String(line))
            } catch {
                var moved = error
                moved.value += error.value > 0 ? values.count : 0
                throw DataFileError(path: path, line: lineNumber, column: error.column, message: moved.description)
            }
        }
        guard !values.isEmpty else {
            throw DataFileError(path: path, line: 0, column: 0, message: "the file holds no numbers")
        }
        return values
    }
}

/// Why a data file could not be read, as `file:line:column: message`.
public struct DataFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    /// The 1-based line, or 0 when the whole file is concerned.
    public var line: Int
    /// The 1-based column, or 0 when it has none.
    public var column: Int
    public var message: String

    /// An error at `line` and `column` of `path`; control characters in the path or message are escaped.
    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path.replacingControlCharacters()
        self.line = line
        self.column = column
        self.message = message.replacingControlCharacters()
    }

    public var description: String {
        let place = line == 0 ? path : column == 0 ? "\(path):\(line)" : "\(path):\(line):\(column)"
        return "\(place): \(message)"
    }
}
