#if canImport(Glibc)
import Glibc
#endif
@testable import LossKit

/// Where each input is written: the `.npy` reader works on a file (it maps or streams it), as the Lab's does.
let path = "/tmp/losslab-fuzz-\(getpid()).npy"

/// `.npy` files, whole or one image picked with `[k]`: values are finite and as many as the shape
/// read holds, and an error quotes nothing raw.
///
/// The first byte picks the image (none when it is 0); the rest is the file.
func fuzz(_ bytes: [UInt8]) {
    guard let first = bytes.first else { return }
    let file = Array(bytes.dropFirst())
    guard let handle = fopen(path, "wb") else { fatalError("cannot write \(path)") }
    _ = file.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
    fclose(handle)
    let selector: DataFileReference.Selector = first == 0 ? .whole : .image([Int(first) - 1])
    do {
        let read = try DataFile.read(DataFileReference(path: path, selector: selector))
        require(!read.values.isEmpty && read.values.allSatisfy(\.isFinite), "a .npy file gave \(read.values.prefix(8))")
        require(read.shape.map { $0.count == read.values.count } ?? true, "a \(String(describing: read.shape)) image of \(read.values.count) values")
    } catch {
        requirePrintable(error.description, "a .npy error")
    }
}
