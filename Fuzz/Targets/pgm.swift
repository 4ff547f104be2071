@testable import LossKit

/// PGM images (and whatever else a data file holds): an image has as many intensities in [0, 1] as
/// its shape has pixels, and an error quotes nothing raw.
func fuzz(_ bytes: [UInt8]) {
    do {
        let read = try DataFile.decode(bytes, path: "fuzz.pgm")
        require(!read.values.isEmpty && read.values.allSatisfy(\.isFinite), "the file gave \(read.values.count) values")
        if let shape = read.shape {
            require(shape.count == read.values.count, "a \(shape) image gave \(read.values.count) values")
            require(read.values.allSatisfy { (0...1).contains($0) }, "an image gave intensities outside [0, 1]")
        }
    } catch {
        requirePrintable(error.description, "a data file error")
    }
}
