/// A rectangle of screen cells: columns `x..<x+width`, rows `y..<y+height`.
public struct Rect: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The row below the rectangle.
    public var maxY: Int { y + height }
    /// The column right of the rectangle.
    public var maxX: Int { x + width }

    /// The top `rows` rows, and the rest below them.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let r = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: r), Rect(x: x, y: y + r, width: width, height: height - r))
    }

    /// The bottom `rows` rows, and the rest above them.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let r = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - r), Rect(x: x, y: maxY - r, width: width, height: r))
    }

    /// The left `columns` columns, and the rest right of them (after a `gap`).
    public func splitLeft(_ columns: Int, gap: Int = 0) -> (left: Rect, right: Rect) {
        let c = min(max(0, columns), width)
        let restX = min(x + c + gap, maxX)
        return (Rect(x: x, y: y, width: c, height: height), Rect(x: restX, y: y, width: maxX - restX, height: height))
    }
}
