import LossKit

/// Reads a `.npy` file (NumPy's format, versions 1 to 3) of float64, float32 or uint8 values, in C
/// order, shaped N × H × W (N images of H × W) or N × D (N images of D values, square when D is a
/// square number, else one row). uint8 values are divided by 255, as PGM pixels are by their maximum.
enum NumpyArray {
    static func images(atPath path: String) throws(DataSetError) -> ImageSet {
        let shown = path.replacingControlCharacters()
        let bytes: [UInt8]
        switch FileBytes.read(path, limit: DataFile.maximumSize, tooLarge: "the file is larger than \(DataFile.maximumSize >> 20) MiB") {
        case let .success(b): bytes = b
        case let .failure(error): throw DataSetError(error.description)
        }
        func fail(_ message: String) -> DataSetError { DataSetError("\(shown): \(message)") }
        guard bytes.count >= 10, bytes[0] == 0x93, Array(bytes[1..<6]) == Array("NUMPY".utf8), (1...3).contains(bytes[6]) else {
            throw fail("not a .npy file (it does not start with \\x93NUMPY and a version from 1 to 3)")
        }
        let wide = bytes[6] >= 2
        let headerStart = wide ? 12 : 10
        guard bytes.count >= headerStart else { throw fail("the header is cut short") }
        let headerLength = wide
            ? Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
            : Int(bytes[8]) | Int(bytes[9]) << 8
        guard bytes.count >= headerStart + headerLength else { throw fail("the header is cut short") }
        let header = String(decoding: bytes[headerStart..<(headerStart + headerLength)], as: UTF8.self)
        let descr = field("descr", in: header)
        let size: Int
        switch descr {
        case "<f8": size = 8
        case "<f4": size = 4
        case "|u1", "<u1": size = 1
        default:
            throw fail("the values are of type \(descr.map { "'\($0)'" } ?? "unknown"); "
                + "LossLab reads float64 ('<f8'), float32 ('<f4') and uint8 ('|u1')")
        }
        guard field("fortran_order", in: header) == "False" else { throw fail("the array is in Fortran order; save it in C order") }
        guard let dims = shape(in: header), dims.allSatisfy({ $0 > 0 }), dims.count == 2 || dims.count == 3 else {
            throw fail("the shape \(field("shape", in: header) ?? "?") is not N x H x W or N x D with every size from 1 on")
        }
        let imageShape = dims.count == 3 ? ImageShape(rows: dims[1], columns: dims[2]) : squareShape(dims[1])
        let (count, overflow) = dims.reduce(1, *).multipliedReportingOverflow(by: size)
        let start = headerStart + headerLength
        guard !overflow, bytes.count - start == count else {
            throw fail("the shape \(dims.map(String.init).joined(separator: " x ")) needs \(overflow ? "more" : String(count)) bytes of data "
                + "but the file has \(bytes.count - start)")
        }
        let n = count / size
        var values = [Double](repeating: 0, count: n)
        for k in 0..<n {
            var bits: UInt64 = 0
            for b in 0..<size { bits |= UInt64(bytes[start + k * size + b]) << (8 * b) }
            switch size {
            case 8: values[k] = Double(bitPattern: bits)
            case 4: values[k] = Double(Float(bitPattern: UInt32(bits)))
            default: values[k] = Double(bits) / 255
            }
        }
        return ImageSet(shape: imageShape, values: values)
    }

    /// D values as a square image when D is a square number, else as one row.
    private static func squareShape(_ d: Int) -> ImageShape {
        let side = Int(Double(d).squareRoot().rounded())
        return side * side == d ? ImageShape(rows: side, columns: side) : ImageShape(rows: 1, columns: d)
    }

    /// The text after `'key':` in the header's dictionary, up to the next comma outside parentheses.
    private static func field(_ key: String, in header: String) -> String? {
        guard let range = header.firstRange(of: "'\(key)':") else { return nil }
        var depth = 0
        var value = ""
        for character in header[range.upperBound...] {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if (character == "," && depth == 0) || character == "}" { break }
            value.append(character)
        }
        return value.trimmingCharacters(in: " '")
    }

    /// The whole numbers of the shape tuple, such as (100, 8, 8).
    private static func shape(in header: String) -> [Int]? {
        guard let text = field("shape", in: header) else { return nil }
        let inside = text.filter { $0 != "(" && $0 != ")" && $0 != " " }
        let parts = inside.split(separator: ",")
        let numbers = parts.compactMap { Int($0) }
        return numbers.count == parts.count ? numbers : nil
    }
}

extension String {
    /// The string without the given characters at either end.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
