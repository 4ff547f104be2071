/// Reads a vector from a data file: a text list, a CSV/TSV column, a NumPy `.npy` array or a PGM image.
///
/// - Text files hold numbers separated by spaces, commas, semicolons or new lines; `#` starts a
///   comment that runs to the end of the line (`TextListReader`).
/// - CSV and TSV files (`.csv`, `.tsv`) give one column, by header name or number (`CSVReader`).
/// - `.npy` files (versions 1–3) hold float16/32/64, int8–64, uint8–64 or bool arrays of any shape,
///   in either byte order and C or Fortran order; the last two dimensions are an image's rows and
///   columns, and leading dimensions choose one image (`x.npy[3]`).
/// - PGM images (`P2` plain or `P5` binary, 8 or 16 bits) are read row by row.
///
/// How the numbers become values is stated once in `Normalisation`. A UTF-8 byte-order mark is skipped.
public enum DataFile {
    /// The largest data file read: 512 MiB, room for 2 × 10⁷ numbers as `numpy.savetxt` writes them.
    public static let maximumSize = 512 << 20
    /// The most numbers one file may give: 2²⁵ (33,554,432), room for 10⁷ float64 values twice over.
    public static let maximumCount = 1 << 25
    /// The bound in words, for messages.
    static let sizeBound = "LossLab reads data files of up to 512 MiB and 33,554,432 numbers"

    /// The values of the whole file at `path`, normalised by the default rules, or an error naming the file and place.
    public static func values(atPath path: String) throws(DataFileError) -> [Double] {
        try read(DataFileReference(path: path)).values
    }

    /// The values of the file (or the part of it) that `reference` names, normalised by the rules of
    /// `Normalisation`, or divided by `scale` instead when one is given.
    public static func read(_ reference: DataFileReference, scale: Double? = nil) throws(DataFileError) -> DataRead {
        let file = try DataFileHandle(path: reference.path)
        let head = try file.bytes(at: 0, count: NumpyHeader.readAhead)
        var read: DataRead
        if head.starts(with: NumpyHeader.magic) || DataFileReference.isNumpy(Substring(reference.path)) {
            read = try numpy(file, head: head, selector: reference.selector)
        } else if case let .image(indices) = reference.selector {
            throw DataFileError(path: file.shown, message: "[\(indices.map(String.init).joined(separator: ", "))] picks an image of a .npy file only")
        } else if DataFileReference.isTable(Substring(reference.path)) {
            let wanted: String? = if case let .column(name) = reference.selector { name } else { nil }
            let tab = reference.path.lowercased().hasSuffix(".tsv")
            var reader = CSVReader(path: file.shown, delimiter: tab ? UInt8(ascii: "\t") : UInt8(ascii: ","), wanted: wanted)
            try file.forEachLineChunk(from: 0) { chunk throws(DataFileError) in try reader.read(chunk) }
            read = DataRead(values: try reader.finished(), shape: nil, normalisation: .asStored(tab ? "TSV" : "CSV"))
        } else if PortableGrayMap.isImage(head) {
            let image = try PortableGrayMap(bytes: try file.bytes(at: 0, count: file.size), path: file.shown)
            read = DataRead(values: image.pixels.map(Double.init), shape: ImageShape(rows: image.height, columns: image.width),
                            normalisation: image.normalisation)
        } else if head.starts(with: Array("P2".utf8)) || head.starts(with: Array("P5".utf8)) {
            // "P2x" or "P55": meant as a PGM image, but its magic is not exact.
            let word = head.prefix { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }.prefix(16)
            throw DataFileError(path: file.shown, line: 1,
                                message: "the file starts with \"\(String(decoding: word, as: UTF8.self))\", but a PGM image starts with P2 or P5")
        } else {
            var reader = TextListReader(path: file.shown)
            var sample = 0
            try file.forEachLineChunk(from: 0) { chunk throws(DataFileError) in
                try reader.read(chunk)
                if sample == 0 {
                    sample = chunk.count
                    reader.reserve(forFileOf: file.size, afterReading: sample)
                }
            }
            guard !reader.values.isEmpty else { throw DataFileError(path: file.shown, message: "the file holds no numbers") }
            read = DataRead(values: reader.values, shape: nil, normalisation: .asStored("text"))
        }
        read.normalisation = read.normalisation?.overridden(by: scale)
        if let divisor = read.normalisation?.divisor {
            read.values.withUnsafeMutableBufferPointer { values in
                for i in values.indices { values[i] /= divisor }
            }
        }
        return read
    }
}

/// The values of one vector, the image shape its file gives (if any) and how a file's numbers were normalised.
public struct DataRead: Sendable, Equatable {
    public var values: [Double]
    public var shape: ImageShape?
    /// How the file's numbers became these values; nil for numbers typed as they are.
    public var normalisation: Normalisation?

    public init(values: [Double], shape: ImageShape? = nil, normalisation: Normalisation? = nil) {
        self.values = values
        self.shape = shape
        self.normalisation = normalisation
    }
}
