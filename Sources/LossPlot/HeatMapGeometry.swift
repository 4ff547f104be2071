import LossKit

/// How an image's pixels map to cells: the drawing, and how many pixels are averaged into one picture pixel.
public struct HeatMapGeometry: Sendable, Hashable {
    /// How a picture pixel is drawn.
    public enum Drawing: Sendable, Hashable {
        /// Half a cell each, two stacked in a ▀ with foreground and background grey (needs colour and Unicode).
        case halfBlocks
        /// One shade character per pixel, two cells wide when there is room so pixels stay square.
        case shades(cellsAcross: Int)
    }

    public var drawing: Drawing
    /// The side of the square block of image pixels averaged into one picture pixel (1: none).
    public var factor: Int
    /// The picture's pixels after averaging.
    public var pictureRows: Int
    public var pictureColumns: Int

    /// The cells the picture takes.
    public var width: Int {
        if case let .shades(across) = drawing { return pictureColumns * across }
        return pictureColumns
    }

    public var height: Int { drawing == .halfBlocks ? (pictureRows + 1) / 2 : pictureRows }

    /// The fewest picture pixels across and down worth drawing: fewer would no longer show where the loss is.
    public static let minimumSide = 4

    /// The finest geometry whose picture fits in `width` × `height` cells, or nil when none does.
    ///
    /// Half blocks when `colour` and Unicode allow them; shade characters otherwise, two cells a pixel
    /// when that fits. Then blocks of 2 × 2, 3 × 3, … pixels are averaged until it fits, but never
    /// below `minimumSide` picture pixels a side (or the image's own size, if smaller).
    public static func fitting(_ shape: ImageShape, width: Int, height: Int, colour: Bool, mode: CanvasMode) -> HeatMapGeometry? {
        guard width >= 1, height >= 1 else { return nil }
        let halfBlocks = colour && mode.isUnicode
        for factor in 1...max(1, max(shape.rows, shape.columns)) {
            let rows = (shape.rows + factor - 1) / factor
            let columns = (shape.columns + factor - 1) / factor
            guard rows >= min(shape.rows, minimumSide) && columns >= min(shape.columns, minimumSide) else { return nil }
            let drawings: [Drawing] = halfBlocks ? [.halfBlocks] : [.shades(cellsAcross: 2), .shades(cellsAcross: 1)]
            for drawing in drawings {
                let geometry = HeatMapGeometry(drawing: drawing, factor: factor, pictureRows: rows, pictureColumns: columns)
                if geometry.width <= width && geometry.height <= height { return geometry }
            }
        }
        return nil
    }
}
