using DesignStudio.Core.Operations;

namespace DesignStudio.Core.Serialization.Operations;

/// <summary>
/// Writes and reads one kind of <see cref="DesignOperation"/> as a JSON object <c>{"op": KIND, ...}</c>.
/// One small subclass per operation kind, listed in <see cref="OperationConverters"/>.
/// </summary>
internal abstract class OperationJsonConverter
{
    /// <summary>The <c>op</c> discriminator written for this kind.</summary>
    public abstract string Kind { get; }

    /// <summary>The operation type this converter handles.</summary>
    public abstract Type OperationType { get; }

    /// <summary>Writes the operation's properties (the <c>op</c> property is already written).</summary>
    public abstract void WriteProperties(OperationJsonWriter writer, DesignOperation operation);

    /// <summary>
    /// Reads the operation's properties. Problems are reported to the reader's context; when it has errors the
    /// returned value may hold placeholders and is discarded by <see cref="OperationJson.Read(string)"/>.
    /// </summary>
    public abstract DesignOperation Read(OperationJsonReader reader);
}

/// <summary>The typed base of a converter for operation type <typeparamref name="T"/>.</summary>
internal abstract class OperationJsonConverter<T> : OperationJsonConverter where T : DesignOperation
{
    public sealed override Type OperationType => typeof(T);

    public sealed override void WriteProperties(OperationJsonWriter writer, DesignOperation operation) => Write(writer, (T)operation);

    public sealed override DesignOperation Read(OperationJsonReader reader) => ReadOperation(reader);

    protected abstract void Write(OperationJsonWriter w, T operation);

    protected abstract T ReadOperation(OperationJsonReader r);
}
