/// A vector as given on the command line: typed numbers such as `1,0,1`, or `@path` to read a data file.
public enum VectorArgument {
    /// The numbers of one argument and, for an image file, its shape; errors name the vector, and
    /// for files the file, line and column.
    public static func read(_ argument: String, for vector: Vector) throws(InputError) -> (values: [Double], shape: ImageShape?) {
        if argument.hasPrefix("@") {
            do { return try DataFile.read(atPath: String(argument.dropFirst())) } catch { throw .file(vector, error) }
        }
        return (try vector.parse(argument), nil)
    }

    /// Both vectors read and checked for each of `losses`, as `LossInput` checks typed lists.
    public static func input(x: String, xhat: String, losses: [Loss], logits: Bool = false) throws(InputError) -> LossInput {
        try inputAndShape(x: x, xhat: xhat, losses: losses, logits: logits).input
    }

    /// Both vectors checked for each of `losses`, and the shape of the first that is an image.
    public static func inputAndShape(x: String, xhat: String, losses: [Loss], logits: Bool = false) throws(InputError)
        -> (input: LossInput, shape: ImageShape?) {
        let a = try read(x, for: .x)
        let b = try read(xhat, for: .xhat)
        return (try LossInput(x: a.values, xhat: b.values, losses: losses, logits: logits), a.shape ?? b.shape)
    }
}
