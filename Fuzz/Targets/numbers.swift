@testable import LossKit

/// Number lists as typed, and text data files read as the Lab reads them: values are finite and
/// there is at least one, and an error quotes nothing raw.
func fuzz(_ bytes: [UInt8]) {
    do {
        let values = try NumberList.parse(String(decoding: bytes, as: UTF8.self))
        require(!values.isEmpty && values.allSatisfy(\.isFinite), "a typed list gave \(values)")
    } catch {
        requirePrintable(error.description, "a list error")
    }
    var reader = TextListReader(path: "fuzz.txt")
    do {
        try bytes.withUnsafeBufferPointer { chunk throws(DataFileError) in try reader.read(chunk) }
        require(reader.values.allSatisfy(\.isFinite), "a text file gave \(reader.values)")
    } catch {
        requirePrintable(error.description, "a data file error")
    }
}
