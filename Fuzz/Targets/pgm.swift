@testable import LossKit

/// PGM images: an image has as many pixels as its shape, each within its maxval, and an error
/// quotes nothing raw.
func fuzz(_ bytes: [UInt8]) {
    guard PortableGrayMap.isImage(bytes) else { return }
    do {
        let image = try PortableGrayMap(bytes: bytes, path: "fuzz.pgm")
        require(image.pixels.count == image.width * image.height, "a \(image.width)x\(image.height) image gave \(image.pixels.count) pixels")
        require(image.pixels.allSatisfy { (0...image.maximum).contains($0) }, "a pixel outside 0...\(image.maximum)")
    } catch {
        requirePrintable(error.description, "a data file error")
    }
}
