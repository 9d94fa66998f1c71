using DesignStudio.Core.Model;

namespace DesignStudio.Core.Dialects;

/// <summary>
/// Shared base of the five dialects: identifier rules and quoting live here, generation is delegated to the
/// dialect's <see cref="DdlGenerator"/>.
/// </summary>
public abstract class SqlDialect : ISqlDialect
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string DisplayName { get; }

    /// <inheritdoc />
    public abstract int MaxIdentifierLength { get; }

    /// <inheritdoc />
    public virtual bool IdentifierLengthInBytes => false;

    /// <inheritdoc />
    public abstract bool IdentifiersCaseSensitive { get; }

    /// <summary>Other names the dialect is known by (e.g. <c>postgresql</c>, <c>pg</c>).</summary>
    public virtual IReadOnlyList<string> Aliases => [];

    /// <summary>The dialect's type mapper.</summary>
    public abstract TypeMapper Types { get; }

    /// <summary>The dialect's DDL generator.</summary>
    protected abstract DdlGenerator Generator { get; }

    /// <inheritdoc />
    public abstract string QuoteIdentifier(string name);

    /// <inheritdoc />
    public virtual string QuoteString(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <inheritdoc />
    public DdlScript GenerateDdl(Design design) => Generator.Generate(design);

    /// <summary>Wraps <paramref name="name"/> in <paramref name="open"/>/<paramref name="close"/>, doubling <paramref name="close"/>.</summary>
    protected static string Delimit(string name, char open, char close) =>
        open + name.Replace(close.ToString(), new string(close, 2), StringComparison.Ordinal) + close;
}
