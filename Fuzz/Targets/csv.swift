@testable import LossKit

/// The columns a CSV input asks for: the only one, by number, by name, and one that is not there.
let wanted: [String?] = [nil, "1", "2", "x", "value", "0", "99"]

/// CSV and TSV tables, one column read: values are finite, and an error quotes nothing raw.
///
/// The first byte picks the delimiter (comma or tab) and the column asked for; the rest is the table,
/// read in two chunks that end at a line break, as the file reader hands them over.
func fuzz(_ bytes: [UInt8]) {
    guard let first = bytes.first else { return }
    let table = Array(bytes.dropFirst())
    var reader = CSVReader(path: "fuzz.csv", delimiter: first & 1 == 0 ? UInt8(ascii: ",") : UInt8(ascii: "\t"),
                           wanted: wanted[Int(first >> 1) % wanted.count])
    let cut = table.prefix(table.count / 2).lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    do {
        try table.withUnsafeBufferPointer { all throws(DataFileError) in
            try reader.read(UnsafeBufferPointer(rebasing: all[..<cut]))
            try reader.read(UnsafeBufferPointer(rebasing: all[cut...]))
        }
        let values = try reader.finished()
        require(values.allSatisfy(\.isFinite), "a table gave \(values.prefix(8))")
    } catch {
        requirePrintable(error.description, "a table error")
    }
}
