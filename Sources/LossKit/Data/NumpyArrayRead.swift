/// A whole `.npy` array as `DataFile.numpyArray` reads it: its values in C order, its shape and how its numbers were normalised.
public struct NumpyArrayRead: Sendable, Equatable {
    public var values: [Double]
    /// The array's dimensions, such as [100, 8, 8] for 100 images of 8 × 8.
    public var shape: [Int]
    public var normalisation: Normalisation

    /// The shape as Python writes it: `(3,)`, `(2, 28, 28)`.
    public var shapeText: String { NumpyHeader.shapeText(shape) }
}
