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
        var reading = DataFileReading(reference, scale: scale)
        reading.advance(bytes: .max)
        switch reading.state {
        case let .finished(read): return read
        case let .failed(error): throw error
        case .running: preconditionFailure("a reading without a bound on its bytes ends")
        }
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
