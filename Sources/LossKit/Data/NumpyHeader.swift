/// The header of a NumPy `.npy` file (format versions 1, 2 and 3): element type, order and shape.
///
/// The file starts with `\x93NUMPY`, a major and minor version byte, the header's length (2 bytes in
/// version 1, 4 in versions 2 and 3, little endian) and the header itself: a Python dictionary
/// literal such as `{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }`.
struct NumpyHeader: Equatable {
    var type: NumpyType
    var fortranOrder: Bool
    var shape: [Int]
    /// Where the array's bytes start.
    var dataOffset: Int

    /// The magic string every `.npy` file starts with.
    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    /// How many bytes of a file to read to be sure of holding the header of any sensible array.
    static let readAhead = 65_536

    /// The number of elements (1 for a scalar), already checked against overflow.
    var count: Int { shape.reduce(1, *) }

    /// Reads the header at the start of `bytes` (the first bytes of the file), or says what is wrong and at which byte.
    init(bytes: [UInt8], path: String) throws(DataFileError) {
        func failure(_ offset: Int, _ message: String) -> DataFileError {
            DataFileError(path: path, offset: offset, message: message)
        }
        guard bytes.starts(with: Self.magic) else { throw failure(0, "not a .npy file (it does not start with \\x93NUMPY)") }
        guard bytes.count >= 10 else { throw failure(bytes.count, "the file ends inside the .npy preamble") }
        let major = Int(bytes[6])
        guard (1...3).contains(major) else { throw failure(6, "unknown .npy format version \(major).\(bytes[7]) (LossLab reads 1, 2 and 3)") }
        let lengthSize = major == 1 ? 2 : 4
        guard bytes.count >= 8 + lengthSize else { throw failure(bytes.count, "the file ends inside the .npy preamble") }
        let length = (0..<lengthSize).reduce(0) { $0 | Int(bytes[8 + $1]) << (8 * $1) }
        let start = 8 + lengthSize
        guard length <= Self.readAhead - start else { throw failure(8, "the header claims \(length) bytes, more than any .npy header needs") }
        guard bytes.count >= start + length else {
            throw failure(bytes.count, "the header claims \(length) bytes but the file ends after \(bytes.count - start)")
        }
        var parser = PythonLiteralParser(bytes: Array(bytes[start..<start + length]), base: start, path: path)
        let dictionary = try parser.dictionary()
        func field(_ key: String) throws(DataFileError) -> PythonLiteralParser.Value {
            guard let value = dictionary[key] else { throw failure(start, "the header has no '\(key)'") }
            return value
        }
        switch try field("descr") {
        case let .string(descr): type = try NumpyType(descr: descr, path: path, offset: start)
        case .list: throw failure(start, "structured arrays (records with named fields) are not read; save one numeric field")
        default: throw failure(start, "the header's 'descr' is not a type string such as '<f8'")
        }
        guard case let .bool(fortran) = try field("fortran_order") else { throw failure(start, "the header's 'fortran_order' is not True or False") }
        fortranOrder = fortran
        guard case let .tuple(dimensions) = try field("shape") else { throw failure(start, "the header's 'shape' is not a tuple such as (3, 4)") }
        var product = 1
        for d in dimensions {
            let (p, overflow) = product.multipliedReportingOverflow(by: d)
            guard !overflow, p <= DataFile.maximumCount else {
                throw failure(start, "the shape \(Self.shapeText(dimensions)) has more than \(DataFile.maximumCount) elements; \(DataFile.sizeBound)")
            }
            product = p
        }
        shape = dimensions
        dataOffset = start + length
    }

    /// A shape as Python writes it: `(3,)`, `(2, 28, 28)`.
    static func shapeText(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}
