/// Reading one data file: at once, or a slice of its bytes at a time so an app can answer keys
/// between slices (the Lab reading a long text list typed into a field as `@FILE`).
///
/// `.npy` files and PGM images are read whole when the reading starts (10⁷ float64 values take about
/// 15 ms); text lists and CSV/TSV tables are read a chunk of whole lines at a time by `advance(bytes:)`.
/// Either way the result, and every error, is what `DataFile.read` gives.
public struct DataFileReading: Sendable, Equatable {
    /// Where the reading is.
    public enum State: Sendable, Equatable {
        case running
        case finished(DataRead)
        case failed(DataFileError)
    }

    public private(set) var state: State = .running
    private let scale: Double?
    /// The file while lines remain to be read.
    private var file: DataFileHandle?
    private var chunks = LineChunks(from: 0)
    /// The reader of a text list, or of a table, whichever the file is.
    private var text: TextListReader?
    private var table: CSVReader?
    private var reserved = false

    /// Opens the file `reference` names and reads it whole if it is an array or an image; a file that
    /// cannot be read fails at once.
    public init(_ reference: DataFileReference, scale: Double? = nil) {
        self.scale = scale
        do throws(DataFileError) {
            let file = try DataFileHandle(path: reference.path)
            let head = try file.bytes(at: 0, count: NumpyHeader.readAhead)
            if head.starts(with: NumpyHeader.magic) || DataFileReference.isNumpy(Substring(reference.path)) {
                finish(try DataFile.numpy(file, head: head, selector: reference.selector))
            } else if case let .image(indices) = reference.selector {
                throw DataFileError(path: file.shown, message: "[\(indices.map(String.init).joined(separator: ", "))] picks an image of a .npy file only")
            } else if DataFileReference.isTable(Substring(reference.path)) {
                let wanted: String? = if case let .column(name) = reference.selector { name } else { nil }
                let tab = reference.path.lowercased().hasSuffix(".tsv")
                table = CSVReader(path: file.shown, delimiter: tab ? UInt8(ascii: "\t") : UInt8(ascii: ","), wanted: wanted)
                self.file = file
            } else if PortableGrayMap.isImage(head) {
                let image = try PortableGrayMap(bytes: try file.bytes(at: 0, count: file.size), path: file.shown)
                finish(DataRead(values: image.pixels.map(Double.init), shape: ImageShape(rows: image.height, columns: image.width),
                                normalisation: image.normalisation))
            } else if head.starts(with: Array("P2".utf8)) || head.starts(with: Array("P5".utf8)) {
                // "P2x" or "P55": meant as a PGM image, but its magic is not exact.
                let word = head.prefix { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }.prefix(16)
                throw DataFileError(path: file.shown, line: 1,
                                    message: "the file starts with \"\(String(decoding: word, as: UTF8.self))\", but a PGM image starts with P2 or P5")
            } else {
                text = TextListReader(path: file.shown)
                self.file = file
            }
        } catch {
            state = .failed(error)
        }
    }

    /// How far the reading is, from 0 to 1 (the share of the file's bytes read).
    public var progress: Double {
        guard case .running = state, let file else { return 1 }
        return file.size == 0 ? 0 : min(1, Double(chunks.position) / Double(file.size))
    }

    /// Reads at least `bytes` more bytes of a text list or table (whole chunks of lines, about 1 MiB
    /// each), and finishes or fails when the file ends or a line is wrong. Does nothing once it is over.
    public mutating func advance(bytes: Int) {
        guard case .running = state, let file else { return }
        // Taken out while they read, so each is mutated in place, never copied.
        var (chunks, text, table) = (self.chunks, self.text, self.table)
        (self.chunks, self.text, self.table) = (LineChunks(from: 0), nil, nil)
        let stop = bytes >= file.size ? Int.max : chunks.position + bytes
        do throws(DataFileError) {
            while chunks.position < stop, try chunks.next(from: file, { chunk throws(DataFileError) in
                try text?.read(chunk)
                try table?.read(chunk)
            }) {
                if !reserved {
                    // Room for the whole list, judged from the first chunk, so it is not copied as it grows.
                    text?.reserve(forFileOf: file.size, afterReading: chunks.position)
                    reserved = true
                }
            }
            guard chunks.ended else {
                (self.chunks, self.text, self.table) = (chunks, text, table)
                return
            }
            if let table {
                finish(DataRead(values: try table.finished(), normalisation: .asStored(table.delimiter == UInt8(ascii: "\t") ? "TSV" : "CSV")))
            } else if let text {
                guard !text.values.isEmpty else { throw DataFileError(path: file.shown, message: "the file holds no numbers") }
                finish(DataRead(values: text.values, normalisation: .asStored("text")))
            }
            self.file = nil
        } catch {
            state = .failed(error)
            self.file = nil
        }
    }

    /// Ends the reading with `read`, its values divided as its normalisation (or `scale`) says.
    private mutating func finish(_ read: DataRead) {
        var read = read
        read.normalisation = read.normalisation?.overridden(by: scale)
        if let divisor = read.normalisation?.divisor {
            read.values.withUnsafeMutableBufferPointer { values in
                for i in values.indices { values[i] /= divisor }
            }
        }
        state = .finished(read)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.state == b.state && a.file === b.file && a.chunks.position == b.chunks.position
    }
}
