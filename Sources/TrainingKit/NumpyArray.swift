import LossKit

/// Training images from a `.npy` file, read by LossKit's reader (`DataFile.numpyArray`): any type and
/// order it reads, normalised by the same rules (integers ÷ their type's maximum, so uint8 ÷ 255 as PGM
/// pixels are by their maximum; floats as stored), shaped N × H × W (N images of H × W) or N × D (N
/// images of D values, square when D is a square number, else one row).
enum NumpyArray {
    static func images(atPath path: String) throws(DataSetError) -> ImageSet {
        let array: NumpyArrayRead
        do { array = try DataFile.numpyArray(atPath: path) } catch { throw DataSetError(error.description) }
        let dims = array.shape
        guard dims.count == 2 || dims.count == 3 else {
            throw DataSetError("\(path.replacingControlCharacters()): the shape \(array.shapeText) is not N x H x W or N x D")
        }
        return ImageSet(shape: dims.count == 3 ? ImageShape(rows: dims[1], columns: dims[2]) : squareShape(dims[1]), values: array.values)
    }

    /// D values as a square image when D is a square number, else as one row.
    private static func squareShape(_ d: Int) -> ImageShape {
        let side = Int(Double(d).squareRoot().rounded())
        return side * side == d ? ImageShape(rows: side, columns: side) : ImageShape(rows: 1, columns: d)
    }
}
