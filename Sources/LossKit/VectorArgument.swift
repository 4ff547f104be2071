/// A vector as given on the command line: typed numbers such as `1,0,1`, or `@FILE` to read a data file
/// (`@x.npy[3]` for one image of an array, `@data.csv:column` for one column of a table).
public enum VectorArgument {
    /// The numbers of one argument and, for a file, its image shape and how it was normalised (or divided
    /// by `scale`); errors name the vector, and for files the file and the place in it.
    public static func read(_ argument: String, for vector: Vector, scale: Double? = nil) throws(InputError) -> DataRead {
        guard let reference = try fileReference(argument, for: vector) else { return DataRead(values: try vector.parse(argument)) }
        do { return try DataFile.read(reference, scale: scale) } catch { throw .file(vector, error) }
    }

    /// The data file an argument `@FILE` names; nil for typed numbers.
    public static func fileReference(_ argument: String, for vector: Vector) throws(InputError) -> DataFileReference? {
        guard argument.hasPrefix("@") else { return nil }
        let name = String(argument.dropFirst())
        guard let reference = DataFileReference(name) else {
            throw .file(vector, DataFileError(path: name.replacingControlCharacters(),
                                              message: "the index in [ ] must be whole numbers from 0, such as [3] or [0, 2]"))
        }
        return reference
    }

    /// Both vectors read and checked for each of `losses`, as `LossInput` checks typed lists.
    public static func input(x: String, xhat: String, losses: [Loss], logits: Bool = false, scale: Double? = nil) throws(InputError) -> LossInput {
        try readBoth(x: x, xhat: xhat, losses: losses, logits: logits, scale: scale).input
    }

    /// Both vectors checked for each of `losses`, with what each argument read as.
    public static func readBoth(x: String, xhat: String, losses: [Loss], logits: Bool = false, scale: Double? = nil) throws(InputError)
        -> (input: LossInput, x: DataRead, xhat: DataRead) {
        let a = try read(x, for: .x, scale: scale)
        let b = try read(xhat, for: .xhat, scale: scale)
        return (try LossInput(x: a.values, xhat: b.values, losses: losses, logits: logits), a, b)
    }
}
