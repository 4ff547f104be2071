/// A vector as given on the command line: typed numbers such as `1,0,1`, or `@path` to read a data file.
public enum VectorArgument {
    /// The numbers of one argument; errors name the vector, and for files the file, line and column.
    public static func values(_ argument: String, for vector: Vector) throws(InputError) -> [Double] {
        if argument.hasPrefix("@") {
            do { return try DataFile.values(atPath: String(argument.dropFirst())) } catch { throw .file(vector, error) }
        }
        do { return try NumberList.parse(argument) } catch { throw .list(vector, error) }
    }

    /// Both vectors read and checked for `loss`, as `LossInput` checks typed lists.
    public static func input(x: String, xhat: String, loss: LossKind) throws(InputError) -> LossInput {
        try LossInput(x: values(x, for: .x), xhat: values(xhat, for: .xhat), loss: loss)
    }
}
