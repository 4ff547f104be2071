/// The element type of a `.npy` array (its `descr`): float16/32/64, int8–64, uint8–64 or bool, either byte order.
struct NumpyType: Equatable {
    enum Kind: Equatable {
        case float, signed, unsigned, bool
    }

    var kind: Kind
    /// Bytes per element.
    var size: Int
    var bigEndian: Bool

    /// Reads a `descr` such as `<f8`, `>i2`, `|u1` or `|b1`; other types are refused by name.
    init(descr: String, path: String, offset: Int) throws(DataFileError) {
        let scalars = Array(descr.unicodeScalars)
        func refuse(_ message: String) -> DataFileError { DataFileError(path: path, offset: offset, message: message) }
        guard scalars.count >= 2, "<>|=".unicodeScalars.contains(scalars[0]) else {
            throw refuse("unknown element type '\(descr.replacingControlCharacters())'")
        }
        let code = scalars[1]
        let size = Int(String(String.UnicodeScalarView(scalars[2...]))) ?? 0
        switch (code, size) {
        case ("f", 2), ("f", 4), ("f", 8): kind = .float
        case ("i", 1), ("i", 2), ("i", 4), ("i", 8): kind = .signed
        case ("u", 1), ("u", 2), ("u", 4), ("u", 8): kind = .unsigned
        case ("b", 1): kind = .bool
        case ("O", _): throw refuse("an object array ('\(descr)') holds Python objects, not numbers; save it with a numeric dtype such as float64")
        case ("c", _): throw refuse("complex numbers ('\(descr)') are not read; save the real part")
        case ("U", _), ("S", _), ("a", _): throw refuse("an array of strings ('\(descr.replacingControlCharacters())') holds no numbers")
        default:
            throw refuse("the element type '\(descr.replacingControlCharacters())' is not read; "
                + "LossLab reads float16/32/64, int8–64, uint8–64 and bool")
        }
        self.size = size
        bigEndian = scalars[0] == ">"
    }

    /// The type's NumPy name, such as "uint8" or "float32".
    var name: String {
        switch kind {
        case .float: "float\(size * 8)"
        case .signed: "int\(size * 8)"
        case .unsigned: "uint\(size * 8)"
        case .bool: "bool"
        }
    }

    /// The default rule: integers divided by their type's maximum, floats and bools as stored.
    var normalisation: Normalisation {
        switch kind {
        case .float, .bool: .asStored("\(name) .npy")
        case .signed: Normalisation(source: "\(name) .npy", divisor: Double((1 << (size * 8 - 1)) - 1 as UInt64), reason: "the type's maximum")
        case .unsigned: Normalisation(source: "\(name) .npy", divisor: Double(UInt64.max >> (64 - size * 8)), reason: "the type's maximum")
        }
    }

    /// Converts `count` elements from `raw` into `output`, as stored (no division).
    func convert(_ raw: UnsafeRawPointer, count: Int, into output: UnsafeMutablePointer<Double>) {
        switch (kind, size) {
        case (.float, 8): load(raw, count, output, UInt64.self) { Double(bitPattern: $0) }
        case (.float, 4): load(raw, count, output, UInt32.self) { Double(Float(bitPattern: $0)) }
        case (.float, 2): load(raw, count, output, UInt16.self) { Double(Float(Float16(bitPattern: $0))) }
        case (.signed, 1): load(raw, count, output, UInt8.self) { Double(Int8(bitPattern: $0)) }
        case (.signed, 2): load(raw, count, output, UInt16.self) { Double(Int16(bitPattern: $0)) }
        case (.signed, 4): load(raw, count, output, UInt32.self) { Double(Int32(bitPattern: $0)) }
        case (.signed, 8): load(raw, count, output, UInt64.self) { Double(Int64(bitPattern: $0)) }
        case (.unsigned, 1): load(raw, count, output, UInt8.self) { Double($0) }
        case (.unsigned, 2): load(raw, count, output, UInt16.self) { Double($0) }
        case (.unsigned, 4): load(raw, count, output, UInt32.self) { Double($0) }
        case (.unsigned, 8): load(raw, count, output, UInt64.self) { Double($0) }
        default: load(raw, count, output, UInt8.self) { $0 == 0 ? 0 : 1 }
        }
    }

    @inline(__always)
    private func load<T: FixedWidthInteger>(_ raw: UnsafeRawPointer, _ count: Int, _ output: UnsafeMutablePointer<Double>, _: T.Type,
                                            _ value: (T) -> Double) {
        if bigEndian {
            for k in 0..<count { output[k] = value(T(bigEndian: raw.loadUnaligned(fromByteOffset: k * size, as: T.self))) }
        } else {
            for k in 0..<count { output[k] = value(T(littleEndian: raw.loadUnaligned(fromByteOffset: k * size, as: T.self))) }
        }
    }
}
